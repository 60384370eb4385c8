package org.stdtrack.identity;

/**
 * What a user may do. Committee roles are granted for one committee, programme roles for one programme; the
 * others are global.
 * Each role that receives group tasks names the engine group prefix it maps to (see {@link EngineGroups}).
 */
public enum Role {
    ADMIN(Scope.GLOBAL),
    SECRETARIAT(Scope.COMMITTEE),
    DRAFTING_GROUP(Scope.COMMITTEE),
    INDUSTRY_REVIEWER(Scope.COMMITTEE),
    ACADEMIC_REVIEWER(Scope.COMMITTEE),
    /** On the committee's voting roll for technical review ballots. */
    VOTING_MEMBER(Scope.COMMITTEE),
    APPROVER_SAC(Scope.GLOBAL),
    APPROVER_MIIT(Scope.GLOBAL),
    ASSOCIATION(Scope.GLOBAL),
    ENTERPRISE(Scope.GLOBAL),
    OBSERVER(Scope.GLOBAL),
    /** The programme office of one programme: keeps its standard system (system tables). */
    PROGRAMME_MANAGER(Scope.PROGRAMME);

    /** What a grant of the role is for. */
    enum Scope {
        GLOBAL,
        COMMITTEE,
        PROGRAMME
    }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public boolean isCommitteeScoped() {
        return scope == Scope.COMMITTEE;
    }

    public boolean isProgrammeScoped() {
        return scope == Scope.PROGRAMME;
    }

    public boolean isReviewer() {
        return this == INDUSTRY_REVIEWER || this == ACADEMIC_REVIEWER;
    }
}
