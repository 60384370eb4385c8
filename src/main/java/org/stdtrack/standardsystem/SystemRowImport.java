package org.stdtrack.standardsystem;

import jakarta.validation.Validator;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.export.FormulaGuard;
import org.stdtrack.files.TableFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.OneLine;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.PublishedNumber;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;

/**
 * Rows of a system table brought in from a file in the detail table's columns, as the export writes them (its
 * headings in English or Chinese). Every line is read and checked first, with the rules of adding a row by hand;
 * only when no line is at fault are the rows added, all in one transaction, and a number the tracker holds fills
 * its row with that standard. A dry run checks and writes nothing.
 */
@Service
public class SystemRowImport {

    /** The detail table's columns; what is derived from a standard (sequence, implementation date) is not read. */
    enum Column {
        SEQUENCE,
        NODE,
        TITLE,
        TITLE_ZH,
        NUMBER,
        STATUS,
        LEVEL,
        INTERNATIONAL,
        REPLACES,
        IMPLEMENTED,
        TARGET,
        PRIORITY,
        TARGET_YEAR
    }

    /** A line at fault: its line in the file, its column's heading as the file has it, and why. */
    public record RowError(long row, String column, String message, String code, List<Object> arguments) {}

    /** What the import found (a dry run) or did; the character set a CSV was read in (null for a workbook). */
    public record Result(long rows, long added, long linked, List<RowError> errors, String encoding) {}

    /** A file to import: its name, type and spooled content with its SHA-256. */
    public record Upload(String fileName, MediaType type, Path file, String sha256) {}

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE);
    /** A system number as exported: the node's code and the row's place in it ({@code SRV.IAAS-03}). */
    private static final Pattern SYSTEM_NUMBER = Pattern.compile("(.+)-\\d+");
    /** The target column's words, as the export writes them (systemExport.yes, .no) and as people type them. */
    private static final Set<String> YES = Set.of("yes", "true", "1", "是");

    private static final Set<String> NO = Set.of("no", "false", "0", "否");

    private final SystemTables tables;
    private final SystemTableRepository repository;
    private final StandardRepository standards;
    private final StandardAccess access;
    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final Validator validator;
    private final AuditTrail audit;
    private final ProgrammeClock clock;
    private final TransactionTemplate transaction;
    private final int maxRows;

    SystemRowImport(
            SystemTables tables,
            StandardRepository standards,
            StandardAccess access,
            ReferenceData referenceData,
            MessageSource messages,
            Validator validator,
            AuditTrail audit,
            ProgrammeClock clock,
            TransactionTemplate transaction,
            @Value("${stdtrack.system-tables.max-rows:20000}") int maxRows) {
        this.tables = tables;
        this.repository = tables.repository();
        this.standards = standards;
        this.access = access;
        this.referenceData = referenceData;
        this.messages = messages;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
        this.transaction = transaction;
        this.maxRows = maxRows;
    }

    public Result run(AppUser user, String programme, String version, boolean dryRun, Upload upload) {
        SystemTables.requireEditor(user, programme);
        SystemTable table = tables.require(programme, version);
        return transaction.execute(status -> {
            if (!dryRun) {
                // Two imports into one programme at once: one after the other, each within the row limit.
                referenceData.lock(ReferenceData.Table.PROGRAMME, programme);
            }
            Check check = new Check(user, table);
            Charset charset = read(upload, check);
            int room = maxRows - repository.rowCount(table.id());
            if (check.found.size() > room) {
                throw ApiException.conflict("System table " + version + " holds at most " + maxRows + " rows; it has "
                                + (maxRows - room) + " and the file adds " + check.found.size() + ".")
                        .withText("problem.system.tooManyRows", maxRows);
            }
            long linked = check.found.stream().filter(r -> r.standard != null).count();
            Result result = new Result(
                    check.lines,
                    check.found.size(),
                    linked,
                    List.copyOf(check.errors),
                    charset == null ? null : charset.name());
            if (dryRun) {
                return result;
            }
            if (!check.errors.isEmpty()) {
                return new Result(result.rows(), 0, 0, result.errors(), result.encoding()); // nothing was added
            }
            write(user, table, upload, check.found, result);
            return result;
        });
    }

    private void write(AppUser user, SystemTable table, Upload upload, List<Found> found, Result result) {
        for (Found row : found) {
            long id = repository.insertRow(table.id(), row.request, false, clock.now(), user.username());
            if (row.standard != null) {
                repository.link(id, row.standard.id(), clock.now(), user.username());
                audit.done(
                        user.username(),
                        row.standard.id(),
                        AuditAction.LINK_SYSTEM_ROW,
                        table.programme() + "/" + table.version(),
                        "row " + id + " (imported)");
            }
        }
        audit.done(
                user.username(),
                null,
                AuditAction.CHANGE_SYSTEM_TABLE,
                table.programme() + "/" + table.version(),
                upload.fileName() + " (SHA-256 " + upload.sha256() + "): " + result.added() + " rows added, "
                        + result.linked() + " filled by tracked standards");
    }

    private Charset read(Upload upload, Check check) {
        if (upload.type() == null
                || !(TableFile.CSV.isCompatibleWith(upload.type()) || TableFile.XLSX.isCompatibleWith(upload.type()))) {
            throw ApiException.unsupportedMediaType("System table rows are imported from " + TableFile.CSV + " or "
                    + TableFile.XLSX + ", not " + upload.type() + ".");
        }
        TableFile.Limits limits = new TableFile.Limits(
                maxRows + 1L, Column.values().length, "A version holds at most " + maxRows + " rows.");
        Charset charset = TableFile.read(upload.type(), upload.file(), limits, check::line);
        if (check.columns == null) {
            throw noHeading();
        }
        return charset;
    }

    private ApiException noHeading() {
        return ApiException.invalid(
                        "file",
                        "The file has no heading row: its first line names the detail table's columns, as the export"
                                + " writes them.")
                .withText("problem.systemImport.noHeading");
    }

    /** A line read and checked: the row it adds and the tracked standard that fills it, if any. */
    private record Found(SystemTables.RowRequest request, Standard standard) {}

    /** The lines as they stream past, each checked against the version and the lines before it. */
    private final class Check {
        private final AppUser user;
        private final SystemTable table;
        private final Map<String, SystemTable.Node> nodes = new HashMap<>();
        private final Map<String, Column> byHeading = headings();
        private final List<Found> found = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private final Map<Long, Long> standardsInFile = new HashMap<>();
        private Map<Column, Integer> columns;
        private List<String> heading;
        private long lines;

        Check(AppUser user, SystemTable table) {
            this.user = user;
            this.table = table;
            repository.nodes(table.id()).forEach(n -> nodes.put(n.code(), n));
        }

        void line(long line, List<String> cells) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (columns == null) {
                columns = header(cells);
                heading = List.copyOf(cells);
                return;
            }
            lines++;
            Line read = new Line(line, cells);
            read.check();
        }

        /** The heading row's columns, each named by the export's heading in either language; 422 for another. */
        private Map<Column, Integer> header(List<String> cells) {
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            for (int c = 0; c < cells.size(); c++) {
                String name = cells.get(c).strip();
                if (name.isEmpty()) {
                    continue;
                }
                Column column = byHeading.get(normal(name));
                if (column == null) {
                    List<String> known = headingsIn(Locale.ENGLISH);
                    throw ApiException.invalid(
                                    "file",
                                    "Unknown column '" + name + "'; the columns are " + String.join(", ", known)
                                            + " (or their Chinese headings).")
                            .withText("problem.systemImport.unknownColumn", name, known);
                }
                if (found.putIfAbsent(column, c) != null) {
                    throw ApiException.invalid("file", "Column '" + name + "' is named twice.")
                            .withText("problem.systemImport.twice", name);
                }
            }
            if (!found.containsKey(Column.NODE)
                    || !(found.containsKey(Column.TITLE) || found.containsKey(Column.TITLE_ZH))) {
                throw noHeading();
            }
            return found;
        }

        /** One line's cells, read with the rules of a row added by hand; every fault named by its column. */
        private final class Line {
            private final long line;
            private final List<String> cells;
            private boolean failed;

            Line(long line, List<String> cells) {
                this.line = line;
                this.cells = cells;
            }

            void check() {
                SystemTable.Node node = node();
                String title = text(Column.TITLE, 300);
                String titleZh = text(Column.TITLE_ZH, 300);
                if (title == null && titleZh == null) {
                    // Said under the file's first title column: 标准名称 in a Chinese file, "Standard" in an English one.
                    Column first = columns.getOrDefault(Column.TITLE, Integer.MAX_VALUE)
                                    < columns.getOrDefault(Column.TITLE_ZH, Integer.MAX_VALUE)
                            ? Column.TITLE
                            : Column.TITLE_ZH;
                    error(
                            first,
                            ApiException.invalid("title", "A row has a title.")
                                    .withText("problem.systemImport.required", heading(first)));
                }
                String number = text(Column.NUMBER, 100);
                SystemRow.Level level = choice(Column.LEVEL, SystemRow.Level.class, "systemLevel", true);
                RowStatus status = choice(Column.STATUS, RowStatus.class, "rowStatus", false);
                SystemRow.Priority priority =
                        choice(Column.PRIORITY, SystemRow.Priority.class, "systemPriority", false);
                Boolean target = yesOrNo();
                Integer targetYear = year();
                String international = text(Column.INTERNATIONAL, 200);
                String replaces = text(Column.REPLACES, 100);
                Standard standard = number == null ? null : tracked(number);
                SystemRow.ExternalStatus external = null;
                if (standard == null && (status == RowStatus.EXISTING || status == RowStatus.WITHDRAWN)) {
                    if (number == null) {
                        error(
                                Column.NUMBER,
                                ApiException.invalid(
                                                "externalNumber",
                                                "An existing or withdrawn standard outside the tracker is named by"
                                                        + " its number.")
                                        .withText("problem.systemImport.externalNumber"));
                    }
                    external = SystemRow.ExternalStatus.valueOf(status.name());
                }
                if (failed) {
                    return;
                }
                SystemTables.RowRequest request = new SystemTables.RowRequest(
                        node.code(),
                        title == null ? titleZh : title,
                        titleZh == null || titleZh.equals(title) ? null : titleZh,
                        level,
                        target,
                        priority,
                        targetYear,
                        international,
                        replaces,
                        standard == null ? number : null,
                        standard == null ? external : null,
                        null);
                validator.validate(request).stream()
                        .findFirst()
                        .ifPresent(v -> error(
                                null,
                                ApiException.invalid(
                                        v.getPropertyPath().toString(), v.getPropertyPath() + ": " + v.getMessage())));
                if (!failed) {
                    found.add(new Found(request, standard));
                }
            }

            /** The node of the system number: a node's code, or the code with the row's place as exported. */
            private SystemTable.Node node() {
                String value = text(Column.NODE, 100);
                if (value == null) {
                    error(
                            Column.NODE,
                            ApiException.invalid("node", "A row names its node.")
                                    .withText("problem.systemImport.required", heading(Column.NODE)));
                    return null;
                }
                SystemTable.Node node = nodes.get(value);
                Matcher numbered = SYSTEM_NUMBER.matcher(value);
                if (node == null && numbered.matches()) {
                    node = nodes.get(numbered.group(1));
                }
                if (node == null) {
                    error(
                            Column.NODE,
                            ApiException.invalid("node", "The system table has no node " + value + ".")
                                    .withText("problem.system.noNode", value));
                } else if (node.retired()) {
                    error(
                            Column.NODE,
                            ApiException.conflict("Node " + node.code() + " is retired: its rows are kept read-only.")
                                    .withText("problem.system.nodeRetired", node.code()));
                }
                return node;
            }

            /**
             * The tracked standard of the programme with this national number (or the plan number of one the
             * importer may see), which must fill no other row of the version and no other line of the file.
             */
            private Standard tracked(String number) {
                String national = PublishedNumber.national(number);
                Optional<Standard> standard = national == null
                        ? Optional.empty()
                        : standards.findByNationalNumber(table.programme(), national);
                if (standard.isEmpty()) {
                    standard = standards.findByPlanNumber(table.programme(), number);
                }
                Standard seen = standard.filter(s -> access.canSee(user, s)).orElse(null);
                if (seen == null) {
                    return null;
                }
                Long earlier = standardsInFile.putIfAbsent(seen.id(), line);
                if (earlier != null) {
                    error(
                            Column.NUMBER,
                            ApiException.invalid("number", number + " is also on line " + earlier + ".")
                                    .withText("problem.systemImport.sameStandard", number, earlier));
                }
                repository
                        .rowOf(table.id(), seen.id())
                        .ifPresent(other -> error(
                                Column.NUMBER,
                                ApiException.conflict("Standard " + seen.id() + " already fills row " + other.id()
                                                + " (" + other.title() + ") of system table " + table.version() + ".")
                                        .withText("problem.system.alreadyFills", other.id(), other.title())));
                return seen;
            }

            private String text(Column column, int maxLength) {
                Integer at = columns.get(column);
                String value = at == null || at >= cells.size()
                        ? ""
                        : FormulaGuard.unguarded(cells.get(at).strip());
                if (value.isEmpty()) {
                    return null;
                }
                if (value.length() > maxLength) {
                    error(
                            column,
                            ApiException.invalid(
                                            column.name(),
                                            "'" + heading(column) + "' is longer than " + maxLength + " characters.")
                                    .withText("problem.systemImport.tooLong", heading(column), maxLength));
                    return null;
                }
                if (!OneLine.Check.isOneLine(value)) {
                    error(
                            column,
                            ApiException.invalid(column.name(), "'" + heading(column) + "' is one line.")
                                    .withText("problem.systemImport.oneLine", heading(column)));
                    return null;
                }
                return value;
            }

            /** An enumeration's value by its name or its label in either language. */
            private <E extends Enum<E>> E choice(Column column, Class<E> type, String group, boolean required) {
                String value = text(column, 100);
                if (value == null) {
                    if (required) {
                        error(
                                column,
                                ApiException.invalid(column.name(), "'" + heading(column) + "' is required.")
                                        .withText("problem.systemImport.required", heading(column)));
                    }
                    return null;
                }
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equalsIgnoreCase(value)
                            || LANGUAGES.stream()
                                    .anyMatch(l -> normal(label(group + "." + constant.name(), l))
                                            .equals(normal(value)))) {
                        return constant;
                    }
                }
                List<String> allowed =
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
                error(
                        column,
                        ApiException.invalid(
                                        column.name(),
                                        "'" + value + "' is not a valid " + heading(column) + "; allowed values: "
                                                + String.join(", ", allowed) + ".")
                                .withText("problem.systemImport.notOneOf", value, heading(column), allowed));
                return null;
            }

            private Boolean yesOrNo() {
                String value = text(Column.TARGET, 10);
                if (value == null) {
                    return null;
                }
                String normal = normal(value);
                if (YES.contains(normal)) {
                    return true;
                }
                if (NO.contains(normal)) {
                    return false;
                }
                error(
                        Column.TARGET,
                        ApiException.invalid("target", "'" + value + "' is neither yes nor no.")
                                .withText("problem.systemImport.yesNo", value, heading(Column.TARGET)));
                return null;
            }

            private Integer year() {
                String value = text(Column.TARGET_YEAR, 10);
                if (value == null) {
                    return null;
                }
                try {
                    int year = (int) Double.parseDouble(value); // a workbook may show 2027 as 2027.0
                    if (year >= 2000 && year <= 2100 && year == Double.parseDouble(value)) {
                        return year;
                    }
                } catch (NumberFormatException notANumber) {
                    // said below
                }
                error(
                        Column.TARGET_YEAR,
                        ApiException.invalid("targetYear", "'" + value + "' is not a year from 2000 to 2100.")
                                .withText("problem.systemImport.year", value));
                return null;
            }

            private void error(Column column, ApiException refusal) {
                errors.add(new RowError(
                        line,
                        column == null ? null : heading(column),
                        refusal.getMessage(),
                        refusal.code(),
                        refusal.arguments()));
                failed = true;
            }
        }

        /** A column's heading as the file writes it. */
        private String heading(Column column) {
            Integer at = columns.get(column);
            if (at != null) {
                return heading.get(at).strip();
            }
            return label(HEADINGS.get(column), Locale.ENGLISH);
        }
    }

    /**
     * The heading keys of each column, as the export writes them. A title column says its language by its
     * heading: the English export's "Standard" is the English title and its "Chinese title" the Chinese one; the
     * Chinese export's 标准名称 is the Chinese title and its 英文名称 the English one.
     */
    private static final Map<Column, String> HEADINGS = new EnumMap<>(Map.ofEntries(
            Map.entry(Column.SEQUENCE, "systemExport.sequence"),
            Map.entry(Column.NODE, "systemExport.systemNumber"),
            Map.entry(Column.TITLE, "systemExport.title"),
            Map.entry(Column.TITLE_ZH, "systemExport.otherTitle"),
            Map.entry(Column.NUMBER, "systemExport.number"),
            Map.entry(Column.STATUS, "systemExport.status"),
            Map.entry(Column.LEVEL, "systemExport.level"),
            Map.entry(Column.INTERNATIONAL, "systemExport.international"),
            Map.entry(Column.REPLACES, "systemExport.replaces"),
            Map.entry(Column.IMPLEMENTED, "systemExport.implemented"),
            Map.entry(Column.TARGET, "systemExport.target"),
            Map.entry(Column.PRIORITY, "systemExport.priority"),
            Map.entry(Column.TARGET_YEAR, "systemExport.targetYear")));

    private Map<String, Column> headings() {
        Map<String, Column> byHeading = new HashMap<>();
        HEADINGS.forEach((column, key) -> {
            byHeading.put(normal(label(key, Locale.ENGLISH)), column);
            byHeading.put(normal(label(key, Locale.CHINESE)), chineseTitleSwapped(column));
        });
        return byHeading;
    }

    /** In the Chinese export the title column holds the Chinese title and the other title the English one. */
    private static Column chineseTitleSwapped(Column column) {
        return switch (column) {
            case TITLE -> Column.TITLE_ZH;
            case TITLE_ZH -> Column.TITLE;
            default -> column;
        };
    }

    private List<String> headingsIn(Locale language) {
        return HEADINGS.values().stream().map(key -> label(key, language)).toList();
    }

    private String label(String key, Locale language) {
        return messages.getMessage(key, null, key, language);
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
