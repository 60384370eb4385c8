package org.stdtrack.document;

/** What a document is to the procedure: each stage's draft and the papers that go with it. */
public enum DocumentKind {
    /** 项目建议书: the proposal of the proposal package */
    PROPOSAL,
    /** 标准草案或大纲: the draft or outline of the proposal package */
    DRAFT_OUTLINE,
    /** 工作组讨论稿 */
    WORKING_DRAFT,
    /** 征求意见稿 */
    DRAFT_FOR_COMMENTS,
    /** 编制说明 */
    DRAFTING_EXPLANATION,
    /** 送审稿 */
    DRAFT_FOR_REVIEW,
    /** 审查会议纪要 (with the signature sheet) */
    REVIEW_MINUTES,
    /** 报批稿 */
    DRAFT_FOR_APPROVAL,
    /** The text as published: uploaded by the approving body, readable by whoever may see the published standard. */
    PUBLISHED_TEXT,
    /** The international standard adopted or referred to. */
    INTERNATIONAL_SOURCE,
    /** 外文版: the standard in a foreign language, the deliverable of its foreign-language version project. */
    FOREIGN_LANGUAGE_VERSION,
    /** 修改单 (draft): the text of an amendment of a published standard. */
    AMENDMENT_DRAFT,
    OTHER,
    /** A letter that evidences a pilot's steps (a recommendation, an expert opinion, an acceptance report). */
    EVIDENCE_LETTER,
    /** A liaison statement as received or sent. */
    LIAISON_STATEMENT,
    /** The response to a liaison statement. */
    LIAISON_RESPONSE;

    /** Everything but the published text is working material of the committee, never shown outside it. */
    public boolean isWorkingMaterial() {
        return this != PUBLISHED_TEXT;
    }

    /** Whether a standard's documents may be of this kind; evidence letters and liaisons have their own. */
    public boolean isOfStandards() {
        return this != EVIDENCE_LETTER && this != LIAISON_STATEMENT && this != LIAISON_RESPONSE;
    }
}
