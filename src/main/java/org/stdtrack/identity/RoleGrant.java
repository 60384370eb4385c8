package org.stdtrack.identity;

/**
 * A role as granted: for a committee (committee roles), for a programme (programme roles) or for everything.
 */
public record RoleGrant(Role role, String committee, String programme) {

    public RoleGrant {
        if (role.isCommitteeScoped() != (committee != null)) {
            throw new IllegalArgumentException(role
                    + (role.isCommitteeScoped()
                            ? " must be granted for a committee"
                            : " is not granted per committee"));
        }
        if (role.isProgrammeScoped() != (programme != null)) {
            throw new IllegalArgumentException(role
                    + (role.isProgrammeScoped()
                            ? " must be granted for a programme"
                            : " is not granted per programme"));
        }
    }

    /** A global or a committee role. */
    public RoleGrant(Role role, String committee) {
        this(role, committee, null);
    }

    public static RoleGrant global(Role role) {
        return new RoleGrant(role, null);
    }

    public static RoleGrant in(Role role, String committee) {
        return new RoleGrant(role, committee);
    }

    public static RoleGrant forProgramme(Role role, String programme) {
        return new RoleGrant(role, null, programme);
    }
}
