package org.stdtrack.international;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;

/**
 * ISO's open data brought in as ISO publishes it (an operator downloads the files; the tracker never fetches):
 * the deliverables file moves the tracked projects it names by ISO's id to their current stage (on the import's
 * day), records publications and supersessions, and lists the deliverables of tracked committees the tracker
 * does not know yet; the committees file sets China's membership of each tracked committee from its P- and
 * O-members. Every line is read and checked first; only a file without faults is applied, in one transaction; a
 * dry run applies nothing; the same file twice changes nothing. Administrators import.
 */
@Service
public class IsoImports {

    /** How China appears among a committee's members in ISO's data. */
    static final String CHINA = "SAC";

    /** The most deliverables a discovery list names; the count says how many there are. */
    static final int MAX_DISCOVERED = 1000;

    public record LineError(long line, String field, String message) {}

    /** What an import of either file answers: its faults, line by line. */
    public interface Answer {
        List<LineError> errors();
    }

    public record Discovered(long isoId, String reference, String title, String stage, String ownerCommittee) {}

    public record DeliverablesResult(
            long rows,
            long matched,
            long stageChanges,
            long published,
            long superseded,
            long discoveredTotal,
            List<Discovered> discovered,
            long unchanged,
            List<LineError> errors)
            implements Answer {}

    public record MembershipChange(String committee, Membership from, Membership to) {}

    public record CommitteesResult(
            long rows, long matched, List<MembershipChange> changes, long unchanged, List<LineError> errors)
            implements Answer {}

    public record Upload(String fileName, MediaType type, Path file, String sha256) {}

    private final InternationalRepository repository;
    private final InternationalWork work;
    private final AuditTrail audit;
    private final ProgrammeClock clock;
    private final TransactionTemplate transaction;
    private final long maxRows;

    IsoImports(
            InternationalRepository repository,
            InternationalWork work,
            AuditTrail audit,
            ProgrammeClock clock,
            TransactionTemplate transaction,
            @Value("${stdtrack.international.max-import-rows:200000}") long maxRows) {
        this.repository = repository;
        this.work = work;
        this.audit = audit;
        this.clock = clock;
        this.transaction = transaction;
        this.maxRows = maxRows;
    }

    // ---- deliverables ----

    public DeliverablesResult deliverables(AppUser user, boolean dryRun, Upload upload) {
        requireAdmin(user);
        return transaction.execute(status -> {
            Deliverables read = new Deliverables(!dryRun);
            IsoOpenData.read(upload.type(), upload.file(), maxRows, read);
            DeliverablesResult result = read.result();
            if (!dryRun && !result.errors().isEmpty()) {
                return read.refused();
            }
            if (!dryRun) {
                read.apply(user);
                audit.done(
                        user.username(),
                        null,
                        AuditAction.IMPORT_ISO_DATA,
                        upload.fileName(),
                        "deliverables (SHA-256 " + upload.sha256() + "): " + result.rows() + " lines, "
                                + result.stageChanges() + " stage changes, " + result.published() + " published, "
                                + result.superseded() + " superseded");
            }
            return result;
        });
    }

    /** What one matched project is to become. */
    private record Change(IntlProject project, String stage, LocalDate publishedOn, Long replacedBy) {}

    private final class Deliverables implements IsoOpenData.Rows {
        private final Map<Long, IntlProject> projects = new HashMap<>();
        private final Map<String, String> trackedCommittees = new HashMap<>();
        /** Every deliverable's reference by ISO's id, to name what supersedes a tracked one. */
        private final Map<Long, String> references = new HashMap<>();

        private final List<Change> changes = new ArrayList<>();
        private final List<Discovered> discovered = new ArrayList<>();
        private final List<LineError> errors = new ArrayList<>();
        private long rows;
        private long matched;
        private long stageChanges;
        private long published;
        private long superseded;
        private long discoveredTotal;
        private long unchanged;
        private boolean faulty;

        /** @param locked the projects read for update: two imports at once run one after the other */
        Deliverables(boolean locked) {
            repository.projectsWithIsoId(locked).forEach(p -> projects.put(p.isoId(), p));
            repository.committees().forEach(c -> trackedCommittees.put(c.key(), c.code()));
        }

        @Override
        public void fault(IsoOpenData.Fault fault) {
            errors.add(new LineError(fault.line(), fault.field(), fault.message()));
            faulty = true;
        }

        @Override
        public void row(long line, JsonNode row) {
            rows++;
            faulty = false;
            Optional<Long> id = IsoOpenData.number(row, "id", line, this);
            Optional<String> reference = IsoOpenData.text(row, "reference");
            Optional<Long> stageNumber = IsoOpenData.number(row, "currentStage", line, this);
            Optional<LocalDate> publicationDate = IsoOpenData.date(row, "publicationDate", line, this);
            List<Long> replacedBy = new ArrayList<>();
            for (String item : IsoOpenData.items(row, "replacedBy", "id")) {
                if (item.matches("\\d{1,15}")) {
                    replacedBy.add(Long.parseLong(item));
                } else {
                    fault(new IsoOpenData.Fault(line, "replacedBy", "'" + item + "' is not an ISO id."));
                }
            }
            if (id.isEmpty() && !faulty) {
                fault(new IsoOpenData.Fault(line, "id", "Every deliverable has ISO's id."));
            }
            if (reference.isEmpty()) {
                fault(new IsoOpenData.Fault(line, "reference", "Every deliverable has a reference."));
            }
            String stage = null;
            if (stageNumber.isPresent()) {
                stage = HarmonizedStage.fromIsoInteger(stageNumber.get()).orElse(null);
                if (stage == null) {
                    fault(new IsoOpenData.Fault(
                            line,
                            "currentStage",
                            stageNumber.get() + " is not a harmonized stage code (4020 is 40.20)."));
                }
            }
            if (faulty) {
                return;
            }
            references.put(id.get(), reference.get());
            IntlProject project = projects.get(id.get());
            if (project == null) {
                String owner = IsoOpenData.text(row, "ownerCommittee")
                        .map(IntlCommittee::keyOf)
                        .map(trackedCommittees::get)
                        .orElse(null);
                if (owner != null) {
                    discoveredTotal++;
                    if (discovered.size() < MAX_DISCOVERED) {
                        discovered.add(new Discovered(
                                id.get(),
                                reference.get(),
                                IsoOpenData.text(row, "title").orElse(null),
                                stage,
                                owner));
                    }
                }
                return;
            }
            matched++;
            boolean moves = stage != null && !stage.equals(project.stage());
            boolean publishes = stage != null
                    && HarmonizedStage.isPublished(stage)
                    && publicationDate.isPresent()
                    && !publicationDate.get().equals(project.publicationDate());
            boolean supersedes = !replacedBy.isEmpty() && project.replacedBy() == null;
            stageChanges += moves ? 1 : 0;
            published += publishes ? 1 : 0;
            superseded += supersedes ? 1 : 0;
            if (moves || publishes || supersedes) {
                changes.add(new Change(
                        project,
                        moves ? stage : null,
                        publishes ? publicationDate.get() : null,
                        supersedes ? replacedBy.get(0) : null));
            } else {
                unchanged++;
            }
        }

        /** A committed file with faults: what it holds, and that nothing changed. */
        DeliverablesResult refused() {
            return new DeliverablesResult(
                    rows, matched, 0, 0, 0, discoveredTotal, List.copyOf(discovered), 0, List.copyOf(errors));
        }

        DeliverablesResult result() {
            return new DeliverablesResult(
                    rows,
                    matched,
                    stageChanges,
                    published,
                    superseded,
                    discoveredTotal,
                    List.copyOf(discovered),
                    unchanged,
                    List.copyOf(errors));
        }

        void apply(AppUser user) {
            LocalDate today = clock.today();
            for (Change change : changes) {
                long id = change.project().id();
                if (change.stage() != null) {
                    work.announceIfCandidate(change.project(), change.stage());
                    repository.recordStage(
                            id,
                            new IntlProject.StageEntry(
                                    change.stage(),
                                    null,
                                    today,
                                    IntlProject.Source.ISO_IMPORT,
                                    clock.now(),
                                    user.username()));
                }
                if (change.publishedOn() != null) {
                    repository.markPublished(id, change.publishedOn());
                }
                if (change.replacedBy() != null) {
                    repository.markReplaced(
                            id, references.getOrDefault(change.replacedBy(), "ISO id " + change.replacedBy()));
                }
            }
        }
    }

    // ---- committees ----

    public CommitteesResult committees(AppUser user, boolean dryRun, Upload upload) {
        requireAdmin(user);
        return transaction.execute(status -> {
            Committees read = new Committees();
            IsoOpenData.read(upload.type(), upload.file(), maxRows, read);
            CommitteesResult result = read.result();
            if (!dryRun && !result.errors().isEmpty()) {
                return new CommitteesResult(result.rows(), result.matched(), List.of(), 0, result.errors());
            }
            if (!dryRun) {
                read.apply();
                audit.done(
                        user.username(),
                        null,
                        AuditAction.IMPORT_ISO_DATA,
                        upload.fileName(),
                        "committees (SHA-256 " + upload.sha256() + "): "
                                + result.changes().size() + " memberships changed");
            }
            return result;
        });
    }

    private record Membered(IntlCommittee committee, long isoId, Membership membership) {}

    private final class Committees implements IsoOpenData.Rows {
        private final Map<Long, IntlCommittee> byIsoId = new HashMap<>();
        private final Map<String, IntlCommittee> byKey = new HashMap<>();
        private final List<Membered> updates = new ArrayList<>();
        private final List<MembershipChange> changes = new ArrayList<>();
        private final List<LineError> errors = new ArrayList<>();
        private long rows;
        private long matched;
        private long unchanged;
        private boolean faulty;

        Committees() {
            for (IntlCommittee c : repository.committees()) {
                byKey.put(c.key(), c);
                if (c.isoId() != null) {
                    byIsoId.put(c.isoId(), c);
                }
            }
        }

        @Override
        public void fault(IsoOpenData.Fault fault) {
            errors.add(new LineError(fault.line(), fault.field(), fault.message()));
            faulty = true;
        }

        @Override
        public void row(long line, JsonNode row) {
            rows++;
            faulty = false;
            Optional<Long> id = IsoOpenData.number(row, "id", line, this);
            Optional<String> reference = IsoOpenData.text(row, "reference");
            if (reference.isEmpty()) {
                fault(new IsoOpenData.Fault(line, "reference", "Every committee has a reference."));
            }
            if (id.isEmpty() && !faulty) {
                fault(new IsoOpenData.Fault(line, "id", "Every committee has ISO's id."));
            }
            if (faulty) {
                return;
            }
            IntlCommittee committee =
                    Optional.ofNullable(byIsoId.get(id.get())).orElse(byKey.get(IntlCommittee.keyOf(reference.get())));
            if (committee == null) {
                return;
            }
            matched++;
            boolean participating =
                    IsoOpenData.items(row, "pMembers", "acronym").contains(CHINA);
            boolean observing = IsoOpenData.items(row, "oMembers", "acronym").contains(CHINA);
            Membership membership = participating
                    ? Membership.P
                    : observing
                            ? Membership.O
                            // A liaison is not a membership: ISO's member lists do not say it.
                            : committee.chinaMembership() == Membership.LIAISON ? Membership.LIAISON : Membership.NONE;
            if (membership == committee.chinaMembership() && id.get().equals(committee.isoId())) {
                unchanged++;
                return;
            }
            if (membership != committee.chinaMembership()) {
                changes.add(new MembershipChange(committee.code(), committee.chinaMembership(), membership));
            } else {
                unchanged++;
            }
            updates.add(new Membered(committee, id.get(), membership));
        }

        CommitteesResult result() {
            return new CommitteesResult(rows, matched, List.copyOf(changes), unchanged, List.copyOf(errors));
        }

        void apply() {
            updates.forEach(u -> repository.setMembership(u.committee().code(), u.isoId(), u.membership()));
        }
    }

    private static void requireAdmin(AppUser user) {
        if (!user.isAdmin()) {
            throw ApiException.forbidden("ISO's open data is imported by administrators.")
                    .withText("problem.international.importers");
        }
    }
}
