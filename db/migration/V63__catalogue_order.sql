-- The public catalogue lists published standards newest first: this index lets a search walk them in that
-- order and stop at its page, instead of sorting every match (docs/benchmarks.md, "Who acts next").
create index standard_publication on standard (publication_date, id);
