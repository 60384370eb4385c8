-- The vote is counted on the bases the national measures use (issue 18, item 1): participation over all members
-- of the committee, recused ones included. A ballot records how many members its roll had and, once closed,
-- the rule and bases that were applied to it.
alter table ballot add column members integer;
update ballot set members = (select count(*) from ballot_voter v where v.ballot_id = ballot.id);
alter table ballot add column counting varchar(1000);
