package org.stdtrack.audit;

/**
 * Every action the audit trail records, done or refused: one list, so that a report or a page can name each
 * and no room spells a new one by hand. Stored by name; a name never changes once recorded.
 */
public enum AuditAction {
    // A standard's lifecycle
    REGISTER,
    REGISTER_REVISION,
    CANCEL,
    IMPORT,
    IMPORT_STANDARD,
    // Tasks
    CLAIM_TASK,
    UNCLAIM_TASK,
    HAND_BACK_TASK,
    COMPLETE_TASK,
    // Proposal, plan and documents
    PROPOSAL_SUPPORT,
    PROPOSAL_OPPOSE,
    RECORD_PROPOSAL_COMMENT,
    SET_WORK_PLAN,
    REQUEST_PLAN_CHANGE,
    APPROVE_PLAN_CHANGE,
    REJECT_PLAN_CHANGE,
    UPLOAD_DOCUMENT,
    SUBMIT_PACKAGE,
    // Consultation and review
    COMMENT,
    RECORD_COMMENT,
    RESOLVE_COMMENT,
    SCHEDULE_REVIEW_MEETING,
    RECORD_ATTENDANCE,
    VOTE_AT_MEETING,
    ENTER_PAPER_VOTE,
    ADD_REFERENCE,
    REMOVE_REFERENCE,
    // After publication
    REGISTER_AMENDMENT,
    RECORD_AMENDMENT_COMMENT,
    APPROVE_AMENDMENT,
    REVISE_AMENDMENT,
    REJECT_AMENDMENT,
    PUBLISH_AMENDMENT,
    START_TRANSLATION,
    SUBMIT_TRANSLATION,
    SUBMIT_REVIEW_CONCLUSION,
    SUBMIT_REVIEW_BATCH,
    ENDORSE_REVIEW_BATCH,
    DECIDE_REVIEW_BATCH,
    DECLARE_ADOPTION,
    DECLARE_ADOPTION_ON_BEHALF,
    VERIFY_ADOPTION,
    REJECT_ADOPTION,
    // The programme's standard system
    CREATE_SYSTEM_TABLE,
    UPDATE_SYSTEM_TABLE,
    CHANGE_SYSTEM_TABLE,
    LINK_SYSTEM_ROW,
    UNLINK_SYSTEM_ROW,
    // Reference data
    CREATE_PROGRAMME,
    UPDATE_PROGRAMME,
    CREATE_DOMAIN,
    UPDATE_DOMAIN,
    CREATE_COMMITTEE,
    UPDATE_COMMITTEE,
    CREATE_ORGANISATION,
    UPDATE_ORGANISATION
}
