package org.stdtrack.identity;

/**
 * What a user may do. Committee roles are granted for one committee; the others are global.
 * Each role that receives group tasks names the engine group prefix it maps to (see {@link EngineGroups}).
 */
public enum Role {
    ADMIN(false),
    SECRETARIAT(true),
    DRAFTING_GROUP(true),
    INDUSTRY_REVIEWER(true),
    ACADEMIC_REVIEWER(true),
    /** On the committee's voting roll for technical review ballots. */
    VOTING_MEMBER(true),
    APPROVER_SAC(false),
    APPROVER_MIIT(false),
    ASSOCIATION(false),
    ENTERPRISE(false),
    OBSERVER(false);

    private final boolean committeeScoped;

    Role(boolean committeeScoped) {
        this.committeeScoped = committeeScoped;
    }

    public boolean isCommitteeScoped() {
        return committeeScoped;
    }

    public boolean isReviewer() {
        return this == INDUSTRY_REVIEWER || this == ACADEMIC_REVIEWER;
    }
}
