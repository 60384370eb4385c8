-- Accounts created by the demo profile (password = user name) are marked, so that a production
-- start can refuse a database that holds any of them.
alter table app_user add column demo boolean default false not null;
