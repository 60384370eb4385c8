package org.stdtrack.identity;

/** A role, held for one committee when the role is committee-scoped, globally otherwise. */
public record RoleGrant(Role role, String committee) {

    public RoleGrant {
        if (role.isCommitteeScoped() != (committee != null)) {
            throw new IllegalArgumentException(role
                    + (role.isCommitteeScoped()
                            ? " must be granted for a committee"
                            : " is not granted per committee"));
        }
    }

    public static RoleGrant global(Role role) {
        return new RoleGrant(role, null);
    }

    public static RoleGrant in(Role role, String committee) {
        return new RoleGrant(role, committee);
    }
}
