package org.stdtrack.standard;

/** The lifecycle stages with their GB/T 16733 (ISO harmonized) stage codes. */
public enum Stage {
    PRELIMINARY("00", "Preliminary", "预阶段"),
    PROPOSAL("10", "Proposal", "立项"),
    DRAFTING("20", "Drafting", "起草"),
    CONSULTATION("30", "Consultation", "征求意见"),
    TECHNICAL_REVIEW("40", "Technical review", "审查"),
    APPROVAL("50", "Approval", "批准"),
    PUBLISHED("60", "Published", "发布"),
    IN_FORCE("60.60", "In force", "实施"),
    PERIODIC_REVIEW("90", "Periodic review", "复审"),
    WITHDRAWN("95", "Withdrawn", "废止"),
    CANCELLED(null, "Cancelled", "终止");

    private final String code;
    private final String nameEn;
    private final String nameZh;

    Stage(String code, String nameEn, String nameZh) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    /** The stage code; null for CANCELLED, whose code is the abandoned stage's with ".98". */
    public String code() {
        return code;
    }

    /** Published at some point: the standard has a number and can be adopted. */
    public boolean isPublished() {
        return this == PUBLISHED || this == IN_FORCE || this == PERIODIC_REVIEW || this == WITHDRAWN;
    }

    /** Being developed: not yet published, not cancelled. */
    public boolean isInDevelopment() {
        return !isPublished() && this != CANCELLED;
    }

    public boolean isClosed() {
        return this == WITHDRAWN || this == CANCELLED;
    }
}
