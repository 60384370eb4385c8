-- A plan number names one standard of a programme (issue 27): two commits of one portfolio file at once
-- created every row twice, with the plan numbers duplicated. Imports now check and write under the
-- programme's lock; this index refuses a duplicate whatever writes it. Plan numbers may be absent (NULLs
-- are distinct in a unique index on H2 and PostgreSQL alike).
drop index standard_plan_number;
create unique index standard_plan_number on standard (programme_code, plan_number);
