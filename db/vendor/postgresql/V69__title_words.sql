-- The standards list's search for a word anywhere in a title or number (lower(title) like '%word%') reads these
-- trigram indexes instead of every standard (150,000 nationally). pg_trgm ships with PostgreSQL (contrib) and is
-- trusted: the database's owner may create it. H2 has no such index and no migration of this version.
create extension if not exists pg_trgm;
create index standard_title_words on standard using gin (lower(title) gin_trgm_ops);
create index standard_title_zh_words on standard using gin (lower(title_zh) gin_trgm_ops);
create index standard_plan_number_words on standard using gin (lower(plan_number) gin_trgm_ops);
create index standard_published_number_words on standard using gin (lower(published_number) gin_trgm_ops);
