-- Comments from every channel (issue 18, item 6): most reach a committee by the national platform, by letter,
-- e-mail or at a meeting, and the secretariat records them with the commenting organisation. A reviewer's own
-- comment is ACCOUNT, its organisation the reviewer's account's.
alter table consultation_comment add column channel varchar(16) not null default 'ACCOUNT';
alter table consultation_comment add column organisation varchar(300);
