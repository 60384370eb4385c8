-- A managed plan (issue 18, item 5): besides extensions, the secretariat asks for a change of title, lead
-- organisation or committee, or for the project's termination, and SAC or MIIT decides. Extension requests
-- become plan changes of kind EXTENSION.
alter table extension_request rename to plan_change;
alter table plan_change add column kind varchar(16) not null default 'EXTENSION';
alter table plan_change alter column previous_due_at drop not null;
alter table plan_change alter column new_due_at drop not null;
alter table plan_change add column new_title varchar(500);
alter table plan_change add column new_title_zh varchar(500);
alter table plan_change add column new_lead_organisation varchar(32);
alter table plan_change add column new_committee varchar(32);
