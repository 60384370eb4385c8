package org.stdtrack.portfolio;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.OneLine;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.standard.PublishedNumber;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageHistory;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.standard.StandardType;
import org.stdtrack.standardsystem.SystemTables;

/**
 * Brings a programme's existing standards in from a file, each at its real stage with its history: every
 * row is read and checked against the rules of registration and publication (and against the other rows),
 * matched with the standard it already is, if any, and only when no row is in error are the new standards
 * written and placed in their lifecycle, all in one transaction. A dry run checks and writes nothing.
 */
@Service
public class PortfolioImport {

    private final ReferenceData referenceData;
    private final StandardRepository standards;
    private final StageHistory stageHistory;
    private final PortfolioHistory history;
    private final AuditTrail audit;
    private final ProgrammeClock clock;
    private final TransactionTemplate transaction;
    private final StandardAccess access;
    private final SystemTables systemTables;
    private final int maxRows;

    PortfolioImport(
            ReferenceData referenceData,
            StandardRepository standards,
            PortfolioHistory history,
            AuditTrail audit,
            ProgrammeClock clock,
            TransactionTemplate transaction,
            StandardAccess access,
            @Value("${stdtrack.imports.max-rows:50000}") int maxRows,
            StageHistory stageHistory,
            SystemTables systemTables) {
        this.systemTables = systemTables;
        this.stageHistory = stageHistory;
        this.referenceData = referenceData;
        this.standards = standards;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
        this.transaction = transaction;
        this.access = access;
        this.maxRows = maxRows;
    }

    public record RowError(long row, String column, String message) {}

    /**
     * What the import found (a dry run) or did: counts of rows, every row in error, and the character set a
     * CSV was read in (UTF-8, or GB18030 as Excel saves it on Chinese Windows; null for a workbook).
     */
    public record Result(
            long rows,
            long created,
            long updated,
            long unchanged,
            List<RowError> errors,
            String encoding,
            List<FieldChange> changes) {

        /** What a refused import did: nothing, though it found the file's rows, faults and changes. */
        Result refused() {
            return new Result(rows, 0, 0, 0, errors, encoding, changes);
        }
    }

    /** What an update changes in a standard that exists: the row, the column, the value before and after. */
    public record FieldChange(long row, String column, String from, String to) {}

    /** A file to import, spooled where it can be read as often as needed, with its name and SHA-256. */
    public record Upload(String fileName, MediaType type, Path file, String sha256) {}

    public Result run(AppUser user, String programme, boolean dryRun, Upload upload) {
        referenceData.requireProgramme(programme);
        if (!user.isAdmin() && !user.has(Role.SECRETARIAT)) {
            throw ApiException.forbidden("Administrators and committee secretariats import standards.");
        }
        if (dryRun) {
            return new Check(user, programme).read(upload);
        }
        // Checked and written in one transaction under the programme's lock: two commits of one file at once
        // are one import and one file whose rows are all unchanged, not every row created twice.
        try {
            return transaction.execute(status -> {
                referenceData.lock(ReferenceData.Table.PROGRAMME, programme);
                Check check = new Check(user, programme);
                Result found = check.read(upload);
                if (!found.errors().isEmpty()) {
                    return found.refused();
                }
                write(user, programme, upload, check, found);
                return found;
            });
        } catch (DataIntegrityViolationException taken) {
            // A number of a standard the importer may not know of: refused without saying which.
            throw ApiException.conflict(
                    "The file conflicts with standards already recorded; nothing was imported. Ask the programme"
                            + " office about its plan numbers.");
        }
    }

    private void write(AppUser user, String programme, Upload upload, Check check, Result found) {
        for (Match match : check.matches) {
            long id = switch (match.outcome) {
                case CREATE -> history.create(programme, match.row, user, upload.fileName());
                case UPDATE -> {
                    standards.updateTitles(match.existing.id(), match.row.title(), match.row.titleZh());
                    yield match.existing.id();
                }
                case UNCHANGED -> match.existing.id();
            };
            if (match.row.systemRow() != null) {
                systemTables.fill(
                        user, match.row.systemRow(), standards.find(id).orElseThrow());
            }
        }
        audit.done(
                user.username(),
                null,
                AuditAction.IMPORT,
                programme,
                upload.fileName() + " (SHA-256 " + upload.sha256() + "): " + found.rows() + " rows, " + found.created()
                        + " created, " + found.updated() + " updated, " + found.unchanged() + " unchanged");
    }

    private enum Outcome {
        CREATE,
        UPDATE,
        UNCHANGED
    }

    private record Match(ImportedRow row, Outcome outcome, Standard existing) {}

    /** The rows as they stream past: each checked, matched, and remembered for the commit. */
    private final class Check {
        private final AppUser user;
        private final String programme;
        private final List<Match> matches = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private final List<FieldChange> changes = new ArrayList<>();
        private final Map<String, Long> nationalNumbers = new HashMap<>();
        private final Map<String, Long> planNumbers = new HashMap<>();
        private final Map<Long, Long> systemRows = new HashMap<>();
        /** Committee and title of the rows without a number: what such a standard is known by. */
        private final Map<String, Long> unnumbered = new HashMap<>();
        /** The reference data, read once for the whole file. */
        private final Map<String, Committee> committees = new HashMap<>();

        private final Set<String> openDomains = new HashSet<>();
        private final Set<String> domains = new HashSet<>();
        private final Set<String> organisations = new HashSet<>();
        private long rows;

        Check(AppUser user, String programme) {
            this.user = user;
            this.programme = programme;
            referenceData.committees().forEach(c -> committees.put(c.code(), c));
            referenceData.domains().forEach(d -> domains.add(d.code()));
            referenceData.domainsTakingNewStandards().forEach(d -> openDomains.add(d.code()));
            referenceData.organisations().forEach(o -> organisations.add(o.code()));
        }

        Result read(Upload upload) {
            Charset charset = PortfolioFile.read(upload.type(), upload.file(), maxRows, this::row);
            return result(charset == null ? null : charset.name());
        }

        void row(PortfolioFile.Row row) {
            rows++;
            Cells cells = new Cells(row);
            ImportedRow read = cells.read(user);
            if (read == null) {
                return;
            }
            if (read.nationalNumber() != null) {
                Long earlier = nationalNumbers.putIfAbsent(read.nationalNumber(), row.line());
                if (earlier != null) {
                    cells.error(
                            ImportColumn.PUBLISHED_NUMBER, read.nationalNumber() + " is also on line " + earlier + ".");
                    return;
                }
            }
            if (read.planNumber() != null) {
                Long earlier = planNumbers.putIfAbsent(read.planNumber(), row.line());
                if (earlier != null) {
                    cells.error(
                            ImportColumn.PLAN_NUMBER,
                            "Plan number " + read.planNumber() + " is also on line " + earlier + ".");
                    return;
                }
            }
            if (read.planNumber() == null && read.nationalNumber() == null && read.stage() != Stage.CANCELLED) {
                Long earlier = unnumbered.putIfAbsent(read.committee().code() + "\n" + read.title(), row.line());
                if (earlier != null) {
                    cells.error(
                            ImportColumn.TITLE,
                            "A standard of " + read.committee().code() + " without a number and with this title is"
                                    + " also on line " + earlier + ".");
                    return;
                }
            }
            Optional<Standard> existing = existing(read);
            if (existing.isEmpty()) {
                if (read.nationalNumber() != null
                        && standards
                                .findByNationalNumber(programme, read.nationalNumber())
                                .isEmpty()
                        && history.numberTakenElsewhere(read.nationalNumber())) {
                    cells.error(
                            ImportColumn.PUBLISHED_NUMBER,
                            read.nationalNumber() + " is the number of another standard.");
                    return;
                }
                accept(cells, new Match(read, Outcome.CREATE, null));
                return;
            }
            Standard standard = existing.get();
            if (!access.canSee(user, standard)) {
                // Another committee's standard in development: its number is answered as an unknown one is.
                accept(cells, new Match(read, Outcome.CREATE, null));
                return;
            }
            if (!standard.committee().equals(read.committee().code())) {
                // The number is another committee's standard: neither change it nor tell what it is.
                cells.error(
                        read.nationalNumber() != null ? ImportColumn.PUBLISHED_NUMBER : ImportColumn.PLAN_NUMBER,
                        "This number belongs to a standard of another committee.");
                return;
            }
            if (!reached(standard, read.stage())) {
                cells.error(
                        ImportColumn.STAGE,
                        "Standard " + standard.id() + " is " + standard.stage() + " and has not reached " + read.stage()
                                + ": stages move only through the workflow.");
                return;
            }
            changed(row.line(), ImportColumn.TITLE, standard.title(), read.title());
            changed(row.line(), ImportColumn.TITLE_ZH, standard.titleZh(), read.titleZh());
            boolean renamed =
                    !read.title().equals(standard.title()) || !Objects.equals(read.titleZh(), standard.titleZh());
            accept(cells, new Match(read, renamed ? Outcome.UPDATE : Outcome.UNCHANGED, standard));
        }

        /** A row that names the system row its standard fills: that row can take it, and no other line names it. */
        private void accept(Cells cells, Match match) {
            Long systemRow = match.row.systemRow();
            if (systemRow != null) {
                Long earlier = systemRows.putIfAbsent(systemRow, match.row.line());
                if (earlier != null) {
                    cells.error(
                            ImportColumn.SYSTEM_ROW, "Row " + systemRow + " is also named on line " + earlier + ".");
                    return;
                }
                try {
                    systemTables.requireFillable(
                            systemRow, programme, match.existing == null ? null : match.existing.id());
                } catch (ApiException refused) {
                    cells.error(ImportColumn.SYSTEM_ROW, refused.getMessage());
                    return;
                }
            }
            matches.add(match);
        }

        private void changed(long line, ImportColumn column, String from, String to) {
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(line, column.header(), from, to));
            }
        }

        /** The same national number, else the same plan number, else (with neither) the same committee and title. */
        private Optional<Standard> existing(ImportedRow row) {
            if (row.nationalNumber() != null) {
                Optional<Standard> numbered = standards.findByNationalNumber(programme, row.nationalNumber());
                if (numbered.isPresent()) {
                    return numbered;
                }
            }
            if (row.planNumber() != null) {
                return standards.findByPlanNumber(programme, row.planNumber());
            }
            return row.nationalNumber() == null
                    ? standards.findUnnumbered(programme, row.committee().code(), row.title())
                    : Optional.empty();
        }

        private boolean reached(Standard standard, Stage stage) {
            return standard.stage() == stage
                    || stageHistory.hasBeenIn(standard.id(), stage)
                    || (stage != Stage.CANCELLED
                            && standard.stage() != Stage.CANCELLED
                            && standard.stage().ordinal() > stage.ordinal());
        }

        Result result(String encoding) {
            long created =
                    matches.stream().filter(m -> m.outcome == Outcome.CREATE).count();
            long updated =
                    matches.stream().filter(m -> m.outcome == Outcome.UPDATE).count();
            long unchanged =
                    matches.stream().filter(m -> m.outcome == Outcome.UNCHANGED).count();
            return new Result(rows, created, updated, unchanged, List.copyOf(errors), encoding, List.copyOf(changes));
        }

        /** One row's cells, read with the rules of registration and publication; errors named by column. */
        private final class Cells {
            private final PortfolioFile.Row row;
            private boolean failed;

            Cells(PortfolioFile.Row row) {
                this.row = row;
            }

            void error(ImportColumn column, String message) {
                errors.add(new RowError(row.line(), column == null ? null : column.header(), message));
                failed = true;
            }

            ImportedRow read(AppUser user) {
                String title = text(ImportColumn.TITLE, 300, true);
                String titleZh = text(ImportColumn.TITLE_ZH, 300, false);
                StandardType type = choice(ImportColumn.TYPE, StandardType.class, true);
                String domain = text(ImportColumn.DOMAIN, 32, true);
                String committeeCode = text(ImportColumn.COMMITTEE, 32, true);
                String lead = text(ImportColumn.LEAD_ORGANISATION, 32, false);
                String reference = text(ImportColumn.INTERNATIONAL_REFERENCE, 100, false);
                InternationalDegree degree =
                        choice(ImportColumn.INTERNATIONAL_DEGREE, InternationalDegree.class, false);
                Stage stage = choice(ImportColumn.STAGE, Stage.class, true);
                boolean developed =
                        stage != null && stage.ordinal() >= Stage.DRAFTING.ordinal() && stage != Stage.CANCELLED;
                boolean published = stage != null && stage.isPublished();
                LocalDate entered = date(
                        ImportColumn.STAGE_ENTERED_ON,
                        stage != null
                                && (stage.isInDevelopment()
                                        || stage == Stage.PERIODIC_REVIEW
                                        || stage == Stage.CANCELLED));
                // Required while a standard is in development; a published one's list often has neither.
                boolean planRequired = developed && !published;
                String plan = text(ImportColumn.PLAN_NUMBER, 64, planRequired);
                LocalDate planApproved = date(ImportColumn.PLAN_APPROVED_ON, planRequired);
                String number = text(ImportColumn.PUBLISHED_NUMBER, 120, published);
                LocalDate publication = date(ImportColumn.PUBLICATION_DATE, published);
                LocalDate implementation = date(ImportColumn.IMPLEMENTATION_DATE, published);
                LocalDate withdrawn = date(ImportColumn.WITHDRAWN_ON, stage == Stage.WITHDRAWN);
                LocalDate commentDeadline = date(ImportColumn.COMMENT_DEADLINE, false);
                LocalDate ballotCloses = date(ImportColumn.BALLOT_CLOSES_ON, false);
                Long systemRow = number(ImportColumn.SYSTEM_ROW);

                Committee committee = null;
                if (committeeCode != null) {
                    committee = committees.get(committeeCode);
                    if (committee == null) {
                        error(ImportColumn.COMMITTEE, "No committee with code '" + committeeCode + "'.");
                    } else if (!user.isAdmin() && !user.has(Role.SECRETARIAT, committeeCode)) {
                        error(
                                ImportColumn.COMMITTEE,
                                "Only the secretariat of " + committeeCode
                                        + " or an administrator imports its standards.");
                    } else if (type != null && type.isNational() != (committee.level() == Committee.Level.NATIONAL)) {
                        error(
                                ImportColumn.TYPE,
                                "A " + type + " standard cannot be developed by the "
                                        + committee.level().name().toLowerCase() + " committee " + committeeCode + ".");
                    }
                }
                if (domain != null && !referenceData.takesNewStandards(domain)) {
                    error(
                            ImportColumn.DOMAIN,
                            referenceData.domainExists(domain)
                                    ? "Domain '" + domain + "' is retired and takes no new standards."
                                    : "No domain with code '" + domain + "'.");
                }
                if (lead != null && !organisations.contains(lead)) {
                    error(ImportColumn.LEAD_ORGANISATION, "No organisation with code '" + lead + "'.");
                }
                if ((reference == null) != (degree == null)) {
                    error(
                            reference == null
                                    ? ImportColumn.INTERNATIONAL_REFERENCE
                                    : ImportColumn.INTERNATIONAL_DEGREE,
                            "An international correspondence names both the document and the degree (IDT, MOD, NEQ).");
                }
                if (stage != null && !developed && stage != Stage.CANCELLED && (plan != null || planApproved != null)) {
                    error(
                            ImportColumn.PLAN_NUMBER,
                            "A standard " + stage + " has no plan yet: plan columns are for DRAFTING on.");
                }
                if (stage != null && !published && (number != null || publication != null || implementation != null)) {
                    error(
                            ImportColumn.PUBLISHED_NUMBER,
                            "A standard " + stage + " is not published: publication columns are for PUBLISHED on.");
                }
                LocalDate today = clock.today();
                inOrder(
                        ImportColumn.PLAN_APPROVED_ON,
                        planApproved,
                        ImportColumn.STAGE_ENTERED_ON,
                        stage != null && stage.isInDevelopment() ? entered : null);
                inOrder(ImportColumn.PLAN_APPROVED_ON, planApproved, ImportColumn.PUBLICATION_DATE, publication);
                inOrder(ImportColumn.PUBLICATION_DATE, publication, ImportColumn.IMPLEMENTATION_DATE, implementation);
                inOrder(ImportColumn.IMPLEMENTATION_DATE, implementation, ImportColumn.WITHDRAWN_ON, withdrawn);
                inOrder(
                        ImportColumn.IMPLEMENTATION_DATE,
                        implementation,
                        ImportColumn.STAGE_ENTERED_ON,
                        stage == Stage.PERIODIC_REVIEW ? entered : null);
                notAfter(ImportColumn.STAGE_ENTERED_ON, entered, today);
                notAfter(ImportColumn.PLAN_APPROVED_ON, planApproved, today);
                notAfter(ImportColumn.PUBLICATION_DATE, publication, today);
                notAfter(ImportColumn.WITHDRAWN_ON, withdrawn, today);
                if ((stage == Stage.IN_FORCE || stage == Stage.PERIODIC_REVIEW || stage == Stage.WITHDRAWN)
                        && implementation != null
                        && implementation.isAfter(today)) {
                    error(
                            ImportColumn.IMPLEMENTATION_DATE,
                            "A standard " + stage + " has reached its implementation date; " + implementation
                                    + " is still to come.");
                }
                if (number != null && publication != null && committee != null && type != null) {
                    String problem = PublishedNumber.problem(type, degree, reference, committee, number, publication);
                    if (problem != null) {
                        error(ImportColumn.PUBLISHED_NUMBER, problem);
                    }
                }
                if (failed) {
                    return null;
                }
                return new ImportedRow(
                        row.line(),
                        title,
                        titleZh,
                        type,
                        domain,
                        committee,
                        lead,
                        reference,
                        degree,
                        stage,
                        entered,
                        plan,
                        planApproved,
                        number,
                        publication,
                        implementation,
                        withdrawn,
                        commentDeadline,
                        ballotCloses,
                        systemRow);
            }

            private String text(ImportColumn column, int maxLength, boolean required) {
                String value = row.cells().get(column);
                if (value == null && required) {
                    error(
                            column,
                            "'" + column.header() + "' is required"
                                    + (column == ImportColumn.TITLE
                                                    || column == ImportColumn.TYPE
                                                    || column == ImportColumn.DOMAIN
                                                    || column == ImportColumn.COMMITTEE
                                                    || column == ImportColumn.STAGE
                                            ? "."
                                            : " at this stage."));
                } else if (value != null && value.length() > maxLength) {
                    error(column, "'" + column.header() + "' is longer than " + maxLength + " characters.");
                    return null;
                } else if (!OneLine.Check.isOneLine(value)) {
                    error(column, "'" + column.header() + "' is one line, without line breaks.");
                    return null;
                }
                return value;
            }

            private Long number(ImportColumn column) {
                String value = text(column, 18, false);
                if (value == null) {
                    return null;
                }
                try {
                    return Long.valueOf(value);
                } catch (NumberFormatException e) {
                    error(column, "'" + value + "' is not a row's number.");
                    return null;
                }
            }

            private <E extends Enum<E>> E choice(ImportColumn column, Class<E> values, boolean required) {
                String value = text(column, 32, required);
                if (value == null) {
                    return null;
                }
                try {
                    return Enum.valueOf(values, value);
                } catch (IllegalArgumentException e) {
                    error(
                            column,
                            "'" + value + "' is not a valid " + column.header() + "; allowed values: "
                                    + String.join(
                                            ", ",
                                            Arrays.stream(values.getEnumConstants())
                                                    .map(Enum::name)
                                                    .toList())
                                    + ".");
                    return null;
                }
            }

            private LocalDate date(ImportColumn column, boolean required) {
                String value = text(column, 10, required);
                if (value == null) {
                    return null;
                }
                try {
                    LocalDate date = LocalDate.parse(value);
                    if (date.getYear() < 1950 || date.getYear() > 2099) {
                        error(column, "'" + column.header() + "' must lie between 1950 and 2099.");
                        return null;
                    }
                    return date;
                } catch (DateTimeParseException e) {
                    error(column, "'" + value + "' is not a date such as 2015-07-01.");
                    return null;
                }
            }

            private void inOrder(
                    ImportColumn earlierColumn, LocalDate earlier, ImportColumn laterColumn, LocalDate later) {
                if (earlier != null && later != null && later.isBefore(earlier)) {
                    error(
                            laterColumn,
                            "'" + laterColumn.header() + "' (" + later + ") cannot be before '" + earlierColumn.header()
                                    + "' (" + earlier + ").");
                }
            }

            private void notAfter(ImportColumn column, LocalDate date, LocalDate today) {
                if (date != null && date.isAfter(today)) {
                    error(column, "'" + column.header() + "' (" + date + ") is in the future.");
                }
            }
        }
    }
}
