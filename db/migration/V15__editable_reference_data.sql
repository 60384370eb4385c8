-- Reference data becomes data an administrator edits (issue 14).
-- A sector committee numbers its standards with its own prefix (YD/T for CCSA, SJ/T for electronics...).
alter table committee add column sector_prefix varchar(16);
update committee set sector_prefix = 'YD/T' where code = 'CCSA-TC1';

-- A domain is never deleted once used; it is retired instead and then takes no new standards.
alter table domain add column retired boolean not null default false;
