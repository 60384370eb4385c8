-- A document may be about something other than a standard (issue 32: a pilot's evidence letters): the same
-- table, chunks, recognition and limits, with the subject's key ('pilot:12') in place of the standard and no
-- stage. Exactly one of the two is set; versions count per subject and kind as they do per standard and kind.
alter table document alter column standard_id drop not null;
alter table document alter column stage drop not null;
alter table document add column subject varchar(64);
alter table document add constraint document_about_one check ((standard_id is null) <> (subject is null));
create unique index document_subject_version on document (subject, kind, version);

alter table document drop constraint document_kind_known;
alter table document add constraint document_kind_known check (kind in ('PROPOSAL', 'DRAFT_OUTLINE',
    'WORKING_DRAFT', 'DRAFT_FOR_COMMENTS', 'DRAFTING_EXPLANATION', 'DRAFT_FOR_REVIEW', 'REVIEW_MINUTES',
    'DRAFT_FOR_APPROVAL', 'PUBLISHED_TEXT', 'INTERNATIONAL_SOURCE', 'FOREIGN_LANGUAGE_VERSION', 'AMENDMENT_DRAFT',
    'OTHER', 'EVIDENCE_LETTER'));
