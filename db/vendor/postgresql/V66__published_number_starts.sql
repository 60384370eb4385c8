-- A search for the start of a standard number ("GB/T 324") reads this index instead of every standard
-- (150,000 nationally). PostgreSQL's LIKE 'prefix%' uses a b-tree only with the pattern operator class when the
-- database's collation is not C; H2's migration of the same version is a plain index, which it uses for LIKE.
create index standard_published_number_starts on standard (published_number varchar_pattern_ops);
