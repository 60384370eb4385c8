-- Foreign-language versions (issue 18, item 7): a linked sub-project per language with its own clock, and
-- the document it delivers.
alter table document drop constraint document_kind_known;
alter table document add constraint document_kind_known check (kind in ('PROPOSAL', 'DRAFT_OUTLINE',
    'WORKING_DRAFT', 'DRAFT_FOR_COMMENTS', 'DRAFTING_EXPLANATION', 'DRAFT_FOR_REVIEW', 'REVIEW_MINUTES',
    'DRAFT_FOR_APPROVAL', 'PUBLISHED_TEXT', 'INTERNATIONAL_SOURCE', 'FOREIGN_LANGUAGE_VERSION', 'OTHER'));

create table translation (
    standard_id  bigint      not null references standard (id),
    language     varchar(2)  not null,
    started_at   timestamp with time zone not null,
    started_by   varchar(64) not null,
    alongside    boolean     not null,
    submitted_at timestamp with time zone,
    submitted_by varchar(64),
    primary key (standard_id, language)
);
