-- Bumped by every change that must reach an account's open sessions (enabled, roles and committees,
-- password, lock): a session compares it with the stamp it signed in with, one primary-key read per request.
alter table app_user add column security_stamp bigint not null default 0;
