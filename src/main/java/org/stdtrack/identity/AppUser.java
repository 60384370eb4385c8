package org.stdtrack.identity;

import java.util.Set;

/** A signed-in person: who they are, which organisation they belong to, and what they were granted. */
public record AppUser(String username, String displayName, String organisation, Set<RoleGrant> grants) {

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean has(Role role, String committee) {
        return grants.stream().anyMatch(g -> g.role() == role && committee.equals(g.committee()));
    }

    /** Whether the user keeps that programme's standard system (its programme office). */
    public boolean managesProgramme(String programme) {
        return grants.stream().anyMatch(g -> g.role() == Role.PROGRAMME_MANAGER && programme.equals(g.programme()));
    }

    public boolean isMemberOf(String committee) {
        return grants.stream().anyMatch(g -> committee.equals(g.committee()));
    }

    public boolean isReviewerIn(String committee) {
        return grants.stream().anyMatch(g -> g.role().isReviewer() && committee.equals(g.committee()));
    }

    public Set<String> engineGroups() {
        return EngineGroups.of(grants);
    }
}
