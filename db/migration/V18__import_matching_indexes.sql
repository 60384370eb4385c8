-- A portfolio import matches each row with the standard it already is: by plan number, or, for a standard
-- with no number yet, by committee and title (issue 14). Without these, matching a file is quadratic.
create index standard_plan_number on standard (programme_code, plan_number);
create index standard_committee_title on standard (programme_code, committee_code, title);
