package org.stdtrack.identity;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.stdtrack.programme.Committee;

/**
 * The candidate groups used on BPMN user tasks. Camunda accepts only letters and digits in ids by
 * default, so committee codes lose their punctuation: secretariat of TC28-SC38 is {@code secretariatTC28SC38}.
 */
public final class EngineGroups {

    public static final String APPROVER_SAC = "approverSAC";
    public static final String APPROVER_MIIT = "approverMIIT";
    public static final String ASSOCIATION = "association";
    /** Camunda's own administrators' group: every engine permission, and the webapps. */
    public static final String ENGINE_ADMIN = "camunda-admin";

    private EngineGroups() {}

    public static String secretariat(String committee) {
        return "secretariat" + alphanumeric(committee);
    }

    public static String draftingGroup(String committee) {
        return "drafting" + alphanumeric(committee);
    }

    /** The approvers of a national committee's standards (SAC's) or of a sector committee's (MIIT's). */
    public static String approvingBody(boolean national) {
        return national ? APPROVER_SAC : APPROVER_MIIT;
    }

    /** Who acts for a committee's competent department (MIIT's approvers for MIIT); null for none. */
    public static String competentDepartment(Committee.CompetentDepartment department) {
        if (department == null) {
            return null;
        }
        return switch (department) {
            case MIIT -> APPROVER_MIIT;
        };
    }

    /** Whether the user acts for the committee's competent department (MIIT's approvers for MIIT). */
    public static boolean actsFor(AppUser user, Committee.CompetentDepartment department) {
        if (department == null) {
            return false;
        }
        return switch (department) {
            case MIIT -> user.has(Role.APPROVER_MIIT);
        };
    }

    /** The role whose holders make up a candidate group (for saying who acts), if it is one of these. */
    public static Optional<Role> role(String group) {
        if (group.startsWith("secretariat")) {
            return Optional.of(Role.SECRETARIAT);
        }
        if (group.startsWith("drafting")) {
            return Optional.of(Role.DRAFTING_GROUP);
        }
        return switch (group) {
            case APPROVER_SAC -> Optional.of(Role.APPROVER_SAC);
            case APPROVER_MIIT -> Optional.of(Role.APPROVER_MIIT);
            case ASSOCIATION -> Optional.of(Role.ASSOCIATION);
            default -> Optional.empty();
        };
    }

    /** The groups whose tasks a holder of these grants may work. */
    public static Set<String> of(Iterable<RoleGrant> grants) {
        Set<String> groups = new LinkedHashSet<>();
        for (RoleGrant grant : grants) {
            switch (grant.role()) {
                case ADMIN -> groups.add(ENGINE_ADMIN);
                case SECRETARIAT -> groups.add(secretariat(grant.committee()));
                case DRAFTING_GROUP -> groups.add(draftingGroup(grant.committee()));
                case APPROVER_SAC -> groups.add(APPROVER_SAC);
                case APPROVER_MIIT -> groups.add(APPROVER_MIIT);
                case ASSOCIATION -> groups.add(ASSOCIATION);
                default -> {}
            }
        }
        return groups;
    }

    private static String alphanumeric(String code) {
        return code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
