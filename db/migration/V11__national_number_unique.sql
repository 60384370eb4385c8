-- The national number of a published standard (GB/T 32400-2026, without an IDT adoption's dual number
-- /ISO/IEC 17788:2014) is unique: two standards can never be published under one number, however the
-- publications race. The year ends the national part: every number's first '-' comes before its year.
alter table standard add column national_number varchar(40);
update standard set national_number = left(published_number, position('-' in published_number) + 4)
    where published_number is not null;
create unique index standard_national_number_unique on standard (national_number);
