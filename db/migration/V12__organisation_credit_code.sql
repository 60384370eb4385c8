-- An enterprise's unified social credit code (GB 32100) belongs to its organisation: an enterprise
-- account declares adoptions under that code only. One organisation per code.
alter table organisation add column credit_code varchar(18);
create unique index organisation_credit_code_unique on organisation (credit_code);
