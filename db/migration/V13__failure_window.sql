-- Failed sign-ins are counted in a window that opens with the first failure and that successes do not
-- close (an API client's successful requests must not hide a guessing attack on the same account).
alter table app_user add column failure_window_start timestamp with time zone;
