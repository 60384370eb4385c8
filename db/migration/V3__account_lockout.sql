-- Consecutive failed sign-ins and the lock they cause (stdtrack.security.lockout).
alter table app_user add column failed_logins integer default 0 not null;
alter table app_user add column locked_until timestamp with time zone;
