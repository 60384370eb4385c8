package org.stdtrack.standard;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.problem.ApiException;

/**
 * Who may see which standards. Programme-wide roles see every standard; committee members see their
 * committees' work in progress; everybody else sees published standards only.
 */
@Component
public class StandardAccess {

    private final StandardRepository standards;

    StandardAccess(StandardRepository standards) {
        this.standards = standards;
    }

    private static final List<Role> PROGRAMME_WIDE =
            List.of(Role.ADMIN, Role.OBSERVER, Role.APPROVER_SAC, Role.APPROVER_MIIT, Role.ASSOCIATION);

    public boolean seesEverything(AppUser user) {
        return PROGRAMME_WIDE.stream().anyMatch(user::has);
    }

    public boolean canSee(AppUser user, Standard standard) {
        return canSee(user, standard.committee(), standard.stage());
    }

    /** The one visibility rule, for rows that carry a standard's committee and stage but not the whole record. */
    public boolean canSee(AppUser user, String committee, Stage stage) {
        return seesEverything(user) || stage.isPublished() || user.isMemberOf(committee);
    }

    /**
     * The committee's working material on a standard (its drafts, comments and papers): for programme-wide
     * roles and the committee's members, never for enterprises, whatever else they may see.
     */
    public boolean readsWorkingMaterial(AppUser user, Standard standard) {
        return readsWorkingMaterial(user, standard.committee());
    }

    /**
     * An enterprise, which reads none of the committee's working material, is shown a standard as the public
     * sees it (its text, dates and correspondence, and its own adoption) rather than the committee's working view.
     */
    public boolean seesPublicView(AppUser user, Standard standard) {
        return user.has(Role.ENTERPRISE) && !readsWorkingMaterial(user, standard);
    }

    /**
     * The standard whose working material ({@code what}: its comments, its meeting rolls…) the user asks for:
     * 404 for those who may not know the standard, 403 for those who see it but not its committee's work.
     */
    public Standard findWorkingMaterial(AppUser user, long id, String what) {
        Standard standard = find(user, id);
        if (!readsWorkingMaterial(user, standard)) {
            throw ApiException.forbidden("The " + what + " of standard " + id + " are working material of "
                            + standard.committee() + ".")
                    .withText("problem.workingMaterial", standard.committee());
        }
        return standard;
    }

    /** The same rule for a committee's working material that is about several standards (a review batch). */
    public boolean readsWorkingMaterial(AppUser user, String committee) {
        return (seesEverything(user) || user.isMemberOf(committee)) && !user.has(Role.ENTERPRISE);
    }

    /**
     * The committees whose working material the user reads ({@link #readsWorkingMaterial}): null for every
     * committee (programme-wide roles), none for an enterprise, else the committees of the user's grants.
     */
    public List<String> workingMaterialCommittees(AppUser user) {
        if (user.has(Role.ENTERPRISE)) {
            return List.of();
        }
        if (seesEverything(user)) {
            return null;
        }
        return user.grants().stream()
                .map(g -> g.committee())
                .filter(c -> c != null)
                .distinct()
                .toList();
    }

    /** The body that approves and publishes the standard: SAC for national standards, MIIT for sector ones. */
    public static boolean isApprovingBody(AppUser user, Standard standard) {
        return user.has(standard.type().isNational() ? Role.APPROVER_SAC : Role.APPROVER_MIIT);
    }

    /** The standard with this id as the user may see it, or 404 (unknown, or not theirs to know). */
    public Standard find(AppUser user, long id) {
        return visible(user, standards.find(id).orElseThrow(() -> notFound(id)));
    }

    /**
     * The standard as the user may see it, read after taking its lock (held until the transaction ends):
     * a write decided on what it says cannot race a change of its stage. For commands, in a transaction.
     */
    public Standard findLocked(AppUser user, long id) {
        standards.lock(id);
        return find(user, id);
    }

    /** The standard, or 404 for anyone who may not know it exists. */
    public Standard visible(AppUser user, Standard standard) {
        if (!canSee(user, standard)) {
            throw notFound(standard.id());
        }
        return standard;
    }

    public static ApiException notFound(long id) {
        return ApiException.notFound("No standard with id " + id + ".").withText("problem.noStandard", id);
    }

    /** The committee's standards the user may see (at most {@code limit}), oldest first. */
    public List<Standard> visibleInCommittee(AppUser user, String committee, int limit) {
        return standards.search(restrict(user, null, null, null, committee, null, null, null), 0, limit);
    }

    /** The programme's newest standards of the committee that the user may see (at most {@code limit}). */
    public List<Standard> newestInCommittee(AppUser user, String programme, String committee, int limit) {
        return standards.newest(restrict(user, programme, null, null, committee, null, null, null), limit);
    }

    /** Filter restricting a search to what the user may see. */
    StandardRepository.Filter restrict(
            AppUser user,
            String programme,
            Stage stage,
            String domain,
            String committee,
            String text,
            StandardType type,
            Instant overdueAt) {
        return restrict(user, programme, stage, domain, committee, text, type, overdueAt, false, null);
    }

    /**
     * As above, keeping only published standards (published, in force, under review or withdrawn) if asked, and
     * only those published before an instant if one is given.
     */
    StandardRepository.Filter restrict(
            AppUser user,
            String programme,
            Stage stage,
            String domain,
            String committee,
            String text,
            StandardType type,
            Instant overdueAt,
            boolean publishedOnly,
            Instant publishedBefore) {
        boolean restricted = !seesEverything(user);
        List<String> committees = user.grants().stream()
                .map(g -> g.committee())
                .filter(c -> c != null)
                .distinct()
                .toList();
        return new StandardRepository.Filter(
                programme,
                stage,
                domain,
                committee,
                text,
                type,
                overdueAt,
                committees,
                restricted,
                publishedOnly,
                publishedBefore);
    }
}
