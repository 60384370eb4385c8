-- A standard's JSON and page name its revisions (standards whose revision_of is it). PostgreSQL indexes no
-- foreign key by itself (H2 does), so each such lookup read the whole standard table: 150,000 rows nationally,
-- where a standard's JSON took 1.3 s at p95 under 50 users (issue 34).
create index standard_revision_of on standard (revision_of);
