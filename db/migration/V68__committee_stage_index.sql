-- A committee's standards at some stages (its dashboard's standards in development, the list by committee and
-- stage) are found by this index instead of reading every standard of the committee, published ones included
-- (tens of thousands in a national committee). The committee's own index stays: H2 holds its foreign key by it.
create index standard_committee_stage on standard (committee_code, stage);
