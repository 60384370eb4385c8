package org.stdtrack.international;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.OneLine;
import org.stdtrack.programme.ReferenceData;

/**
 * The experts the national mirror committees register. Their names and mail are for those who organise
 * international work (administrators, committee secretariats, programme managers) and for the expert; a
 * secretariat registers and changes experts of the committees its committee mirrors.
 */
@Service
public class Experts {

    public record MembershipRequest(
            @NotBlank @Size(max = 64) String committee,
            @OneLine @Size(max = 64) String workingGroup) {}

    public record ExpertRequest(
            @NotBlank @OneLine @Size(max = 200) String name,
            @OneLine @Size(max = 200) String nameZh,
            @Size(max = 32) String organisation,
            @Email @Size(max = 200) String email,
            @NotNull Expert.Role role,
            Expert.Status status,
            @Size(max = 64) String username,
            @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull MembershipRequest> committees) {}

    private final InternationalRepository repository;
    private final InternationalWork work;
    private final ReferenceData referenceData;
    private final AuditTrail audit;
    private final ProgrammeClock clock;
    private final UserRepository users;

    Experts(
            InternationalRepository repository,
            InternationalWork work,
            ReferenceData referenceData,
            AuditTrail audit,
            ProgrammeClock clock,
            UserRepository users) {
        this.users = users;
        this.repository = repository;
        this.work = work;
        this.referenceData = referenceData;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Expert> experts(AppUser user, String committee, int page, int size) {
        requireReader(user);
        return repository.experts(
                committee == null ? null : work.committee(committee).code(), page * size, size);
    }

    /** An expert: for those who organise international work, and for the expert. */
    public Expert expert(AppUser user, long id) {
        Expert expert = repository.expert(id).orElseThrow(() -> noExpert(id));
        if (!user.username().equals(expert.username())) {
            requireReader(user);
        }
        return expert;
    }

    /** The names of these experts for a reader who organises international work; none for anyone else. */
    public Map<Long, String> names(AppUser user, Collection<Long> ids) {
        if (!readsExperts(user)) {
            return Map.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        for (Long id : ids) {
            repository
                    .expert(id)
                    .ifPresent(e -> names.put(id, e.nameZh() == null ? e.name() : e.name() + " " + e.nameZh()));
        }
        return names;
    }

    @Transactional
    public Expert register(AppUser user, ExpertRequest request) {
        Expert expert = checked(user, 0, request, null);
        long id = repository.insert(expert);
        audit.done(
                user.username(),
                null,
                AuditAction.REGISTER_EXPERT,
                "expert " + id,
                expert.role().name());
        return repository.expert(id).orElseThrow();
    }

    @Transactional
    public Expert change(AppUser user, long id, ExpertRequest request) {
        Expert before = repository.expert(id).orElseThrow(() -> noExpert(id));
        requireKeeper(user, before.committees());
        Expert expert = checked(user, id, request, before);
        repository.update(expert);
        audit.done(
                user.username(),
                null,
                AuditAction.CHANGE_EXPERT,
                "expert " + id,
                expert.status().name());
        return repository.expert(id).orElseThrow();
    }

    private Expert checked(AppUser user, long id, ExpertRequest r, Expert before) {
        List<Expert.Membership> memberships = r.committees().stream()
                .map(m -> new Expert.Membership(
                        work.committee(m.committee()).code(),
                        m.workingGroup() == null ? "" : m.workingGroup().strip()))
                .distinct()
                .toList();
        requireKeeper(user, memberships);
        if (r.organisation() != null && !referenceData.organisationExists(r.organisation())) {
            throw ApiException.invalid("organisation", "No organisation with code '" + r.organisation() + "'.")
                    .withText("problem.international.noOrganisation", r.organisation());
        }
        if (r.username() != null) {
            repository.expertOf(r.username()).filter(other -> other != id).ifPresent(other -> {
                throw ApiException.conflict("Account " + r.username() + " is linked to expert " + other + " already.")
                        .withText("problem.international.accountTaken", r.username());
            });
            if (users.find(r.username()).isEmpty()) {
                throw ApiException.invalid("username", "There is no account " + r.username() + ".")
                        .withText("problem.international.noAccount", r.username());
            }
        }
        return new Expert(
                id,
                r.name().strip(),
                r.nameZh() == null || r.nameZh().isBlank() ? null : r.nameZh().strip(),
                r.organisation(),
                r.email(),
                r.role(),
                r.status() != null ? r.status() : before != null ? before.status() : Expert.Status.NOMINATED,
                r.username(),
                memberships,
                before != null ? before.createdAt() : clock.now(),
                before != null ? before.createdBy() : user.username());
    }

    /** Administrators, or the secretariat of the mirror of every committee the expert works in. */
    private void requireKeeper(AppUser user, List<Expert.Membership> memberships) {
        if (user.isAdmin()) {
            return;
        }
        boolean mirrorsAll = memberships.stream().allMatch(m -> {
            String mirror = work.committee(m.committee()).mirrorCommittee();
            return mirror != null && user.has(Role.SECRETARIAT, mirror);
        });
        if (!mirrorsAll) {
            throw ApiException.forbidden("An expert is registered by administrators and by the secretariat of the"
                            + " national mirror of each committee the expert works in.")
                    .withText("problem.international.expertKeepers");
        }
    }

    private static boolean readsExperts(AppUser user) {
        return user.isAdmin() || user.has(Role.SECRETARIAT) || user.has(Role.PROGRAMME_MANAGER);
    }

    private static void requireReader(AppUser user) {
        if (!readsExperts(user)) {
            throw ApiException.forbidden(
                            "Experts are listed for administrators, committee secretariats and programme managers.")
                    .withText("problem.international.expertReaders");
        }
    }

    private static ApiException noExpert(long id) {
        return ApiException.notFound("There is no expert " + id + ".").withText("problem.international.noExpert", id);
    }
}
