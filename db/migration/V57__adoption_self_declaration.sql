-- An adoption declaration may name the enterprise's entry on the national enterprise standards self-declaration
-- platform (issue 32, item 2): a link or a record number, kept as typed and never fetched.
alter table adoption add column self_declaration varchar(200);
