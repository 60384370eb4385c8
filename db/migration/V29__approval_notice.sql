-- Sector standards are publicly noticed before approval (报批公示, issue 18 item 3): when the notice ends.
alter table standard add column approval_notice_ends_at timestamp;
