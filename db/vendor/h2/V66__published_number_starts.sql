-- A search for the start of a standard number ("GB/T 324") reads this index instead of every standard.
-- PostgreSQL's migration of the same version names its pattern operator class, which H2 does not know.
create index standard_published_number_starts on standard (published_number);
