-- Roles granted per programme (issue 30: the programme manager keeps one programme's standard system).
alter table user_role add column programme_code varchar(32) references programme (code);
alter table user_role drop constraint user_role_unique;
alter table user_role add constraint user_role_unique unique (username, role, committee_code, programme_code);
