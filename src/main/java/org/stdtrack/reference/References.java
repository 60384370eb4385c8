package org.stdtrack.reference;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.PublishedNumber;
import org.stdtrack.standard.ReferenceWarning;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;

/**
 * What a standard cites and what cites it. The committee's secretariat and drafting group keep a standard's
 * references until it is published; a normative reference may not close a cycle. Every list shows only the
 * standards its reader may see.
 */
@Service
public class References implements ReferenceWarning.Source {

    /** Either {@code standardId} (a standard in the tracker) or {@code reference} (an outside document). */
    public record NewReference(
            @NotNull ReferenceKind kind,
            Long standardId,
            @Size(max = 200) String reference) {}

    /**
     * One citation as its reader sees it: the other standard (cited, or citing) with its number, title and
     * stage; or the outside document.
     */
    public record Citation(
            long id,
            ReferenceKind kind,
            Long standardId,
            String reference,
            String number,
            String title,
            String titleZh,
            Stage stage,
            Instant createdAt,
            String createdBy) {

        /** The other standard's title in the reader's language. */
        public String title(java.util.Locale locale) {
            return Standard.titleIn(locale, title, titleZh);
        }

        /** Its designation: the outside document's, the published number, or the plan number, else its title. */
        public String designation() {
            return reference != null ? reference : number != null ? number : title;
        }
    }

    public record ReferenceList(List<Citation> cites, List<Citation> citedBy, List<ReferenceWarning> warnings) {}

    private final ReferenceRepository repository;
    private final StandardRepository standards;
    private final StandardAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    References(
            ReferenceRepository repository,
            StandardRepository standards,
            StandardAccess access,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.standards = standards;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Citation add(AppUser user, long standardId, NewReference body) {
        Standard standard = changeable(user, standardId);
        boolean tracked = body.standardId() != null;
        String document = body.reference() == null ? null : body.reference().strip();
        if (tracked == (document != null && !document.isEmpty())) {
            throw ApiException.invalid(
                            "standardId",
                            "Give either standardId (a standard in the tracker) or reference (an outside document).")
                    .withText("problem.reference.eitherOr");
        }
        Standard cited = null;
        if (tracked) {
            cited = standards
                    .find(body.standardId())
                    .filter(s -> access.canSee(user, s))
                    .orElseThrow(
                            () -> ApiException.invalid("standardId", "There is no standard " + body.standardId() + ".")
                                    .withText("problem.noStandard", body.standardId()));
            if (cited.id() == standardId) {
                throw ApiException.invalid("standardId", "A standard does not cite itself.")
                        .withText("problem.reference.self");
            }
            if (body.kind() == ReferenceKind.NORMATIVE) {
                refuseCycle(standard, cited);
            }
        }
        if (repository.exists(standardId, tracked ? cited.id() : null, tracked ? null : document)) {
            throw ApiException.conflict("Standard " + standardId + " already cites "
                            + (tracked ? "standard " + cited.id() : document) + ".")
                    .withText("problem.reference.already", tracked ? "#" + cited.id() : document);
        }
        long id = repository.insert(
                standardId,
                body.kind(),
                tracked ? cited.id() : null,
                tracked ? null : document,
                clock.instant(),
                user.username());
        audit.done(
                user.username(),
                standardId,
                AuditAction.ADD_REFERENCE,
                String.valueOf(id),
                body.kind() + " " + (tracked ? "standard " + cited.id() : document));
        return citation(repository.find(standardId, id).orElseThrow(), cited);
    }

    @Transactional
    public void remove(AppUser user, long standardId, long referenceId) {
        changeable(user, standardId);
        ReferenceRepository.Row row = repository
                .find(standardId, referenceId)
                .orElseThrow(
                        () -> ApiException.notFound("Standard " + standardId + " has no reference " + referenceId + ".")
                                .withText("problem.reference.none"));
        repository.delete(row.id());
        audit.done(
                user.username(),
                standardId,
                AuditAction.REMOVE_REFERENCE,
                String.valueOf(referenceId),
                row.kind().name());
    }

    public ReferenceList of(AppUser user, long standardId) {
        access.find(user, standardId);
        List<ReferenceRepository.Row> cites = repository.cites(standardId);
        List<ReferenceRepository.Row> citedBy = repository.citedBy(standardId);
        Map<Long, Standard> others = visible(user, standards.find(otherStandards(cites, citedBy)));
        List<Citation> citing = new ArrayList<>();
        for (ReferenceRepository.Row row : cites) {
            if (row.citedStandardId() == null) {
                citing.add(citation(row, null));
            } else if (others.containsKey(row.citedStandardId())) {
                citing.add(citation(row, others.get(row.citedStandardId())));
            }
        }
        List<Citation> by = citedBy.stream()
                .filter(row -> others.containsKey(row.standardId()))
                .map(row -> citation(row, others.get(row.standardId())))
                .toList();
        return new ReferenceList(citing, by, of(standardId));
    }

    /** The most standards the page's form offers to choose from. */
    static final int CANDIDATES = 200;

    /**
     * The newest standards of the programme and committee the caller may see that this one could cite (at most
     * {@link #CANDIDATES}): a national programme holds tens of thousands, too many for one list on every page.
     * Any other is cited by its number ({@link #trackedByNumber}).
     */
    public List<Standard> candidates(AppUser user, Standard standard) {
        return access.newestInCommittee(user, standard.programme(), standard.committee(), CANDIDATES + 1).stream()
                .filter(s -> s.id() != standard.id() && s.stage() != Stage.CANCELLED)
                .limit(CANDIDATES)
                .toList();
    }

    /** The longest published number a standard can have (its column's width). */
    private static final int LONGEST_NUMBER = 120;

    /** The standard of the citing one's programme with this published or plan number, if the caller sees it. */
    public Optional<Long> trackedByNumber(AppUser user, long citingId, String number) {
        String programme = changeable(user, citingId).programme();
        String text = number.strip();
        if (text.length() > LONGEST_NUMBER) {
            // No standard's number is this long: not looked up (the form's validation refuses the text).
            return Optional.empty();
        }
        return standards
                .findByNationalNumber(programme, PublishedNumber.national(text))
                .or(() -> standards.findByPlanNumber(programme, text))
                .filter(s -> access.canSee(user, s))
                .map(Standard::id);
    }

    /** The tracked standards this one cites normatively that are not published yet. */
    public List<Standard> unpublishedNormative(long standardId) {
        List<Long> cited = repository.normativelyCitedBy(standardId);
        return standards.find(cited).values().stream()
                .filter(s -> !s.stage().isPublished())
                .toList();
    }

    /** Cited standards since withdrawn, or superseded by a published revision. */
    @Override
    public List<ReferenceWarning> of(long standardId) {
        List<Long> cited = repository.cites(standardId).stream()
                .map(ReferenceRepository.Row::citedStandardId)
                .filter(id -> id != null)
                .toList();
        List<ReferenceWarning> warnings = new ArrayList<>();
        for (Standard s : standards.find(cited).values()) {
            if (s.stage() == Stage.WITHDRAWN) {
                warnings.add(
                        new ReferenceWarning(s.id(), s.publishedNumber(), ReferenceWarning.Reason.WITHDRAWN, null));
            } else {
                publishedRevision(s)
                        .ifPresent(revision -> warnings.add(new ReferenceWarning(
                                s.id(), s.publishedNumber(), ReferenceWarning.Reason.SUPERSEDED, revision.id())));
            }
        }
        return warnings;
    }

    /** The standards that cite this one (whoever may see them: for the notifications' own visibility rule). */
    List<Long> citing(long standardId) {
        return repository.citedBy(standardId).stream()
                .map(ReferenceRepository.Row::standardId)
                .distinct()
                .toList();
    }

    private Optional<Standard> publishedRevision(Standard standard) {
        return standards.find(standards.revisionsOf(standard.id())).values().stream()
                .filter(r -> r.stage().isPublished())
                .findFirst();
    }

    /** The standard, if the caller keeps its references and it is not published yet. */
    private Standard changeable(AppUser user, long standardId) {
        Standard standard = access.findLocked(user, standardId);
        if (!mayChange(user, standard)) {
            throw ApiException.forbidden("The references of standard " + standardId
                            + " are kept by the secretariat and the drafting group of " + standard.committee() + ".")
                    .withText("problem.reference.keptBy", standard.committee());
        }
        if (!standard.stage().isInDevelopment()) {
            throw ApiException.conflict("Standard " + standardId + " is " + standard.stage()
                            + ": its references are fixed once it is published (or cancelled).")
                    .withText("problem.reference.fixed", standard.stage());
        }
        return standard;
    }

    public static boolean mayChange(AppUser user, Standard standard) {
        return user.isAdmin()
                || user.has(Role.SECRETARIAT, standard.committee())
                || user.has(Role.DRAFTING_GROUP, standard.committee());
    }

    /**
     * A new normative reference from {@code citing} to {@code cited} closes a cycle when {@code cited} already
     * leads back to {@code citing} through normative references: 422 naming the way round.
     */
    private void refuseCycle(Standard citing, Standard cited) {
        Map<Long, Long> reachedFrom = new HashMap<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(cited.id()));
        reachedFrom.put(cited.id(), null);
        while (!queue.isEmpty()) {
            long at = queue.removeFirst();
            if (at == citing.id()) {
                List<Long> way = new ArrayList<>();
                for (Long step = at; step != null; step = reachedFrom.get(step)) {
                    way.add(0, step);
                }
                way.add(0, citing.id());
                throw ApiException.invalid(
                                "standardId",
                                "A normative reference from standard " + citing.id() + " to standard " + cited.id()
                                        + " would close a cycle: "
                                        + way.stream().map(id -> "#" + id).collect(Collectors.joining(" → ")) + ".")
                        .withText(
                                "problem.reference.cycle",
                                way.stream().map(id -> "#" + id).collect(Collectors.joining(" → ")));
            }
            for (long next : repository.normativelyCitedBy(at)) {
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, at);
                    queue.addLast(next);
                }
            }
        }
    }

    private Map<Long, Standard> visible(AppUser user, Map<Long, Standard> found) {
        Map<Long, Standard> visible = new LinkedHashMap<>();
        found.forEach((id, s) -> {
            if (access.canSee(user, s)) {
                visible.put(id, s);
            }
        });
        return visible;
    }

    /** The tracked standards these references are to (cites) and from (cited by). */
    private static Collection<Long> otherStandards(
            List<ReferenceRepository.Row> cites, List<ReferenceRepository.Row> citedBy) {
        List<Long> ids = new ArrayList<>();
        cites.stream()
                .map(ReferenceRepository.Row::citedStandardId)
                .filter(id -> id != null)
                .forEach(ids::add);
        citedBy.stream().map(ReferenceRepository.Row::standardId).forEach(ids::add);
        return ids;
    }

    private static Citation citation(ReferenceRepository.Row row, Standard other) {
        return new Citation(
                row.id(),
                row.kind(),
                other == null ? null : other.id(),
                row.citedDocument(),
                other == null ? null : other.designation(),
                other == null ? null : other.title(),
                other == null ? null : other.titleZh(),
                other == null ? null : other.stage(),
                row.createdAt(),
                row.createdBy());
    }
}
