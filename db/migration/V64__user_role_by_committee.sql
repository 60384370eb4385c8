-- A new task tells the members of its candidate group (a committee's secretariat or drafting group): their
-- grants are found by committee and role, not by reading every account's (issue 34: 60,000 accounts).
create index user_role_committee on user_role (committee_code, role);
