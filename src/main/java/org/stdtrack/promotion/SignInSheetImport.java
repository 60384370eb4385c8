package org.stdtrack.promotion;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.files.TableFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.CreditCode;

/**
 * An event's sign-in sheet, as the organiser keeps it (CSV or XLSX; headings in English or Chinese): who came and
 * for how long. Every line is checked first, each person matched to their registration by name and credit code;
 * a person not registered is an error unless the event takes walk-ins, who are then registered as such. Only a
 * sheet without faults is written, all at once; a dry run writes nothing.
 */
@Service
public class SignInSheetImport {

    /** A sheet's lines: an event's capacity and walk-ins stay well below. */
    static final int MAX_ROWS = 20_000;

    enum Column {
        NAME("name", "姓名"),
        ENTERPRISE("enterprise", "单位", "企业", "企业名称"),
        CREDIT_CODE("credit_code", "统一社会信用代码", "信用代码"),
        PRESENT("present", "出席", "签到"),
        MINUTES("minutes", "时长（分钟）", "分钟");

        private final Set<String> headings;

        Column(String... headings) {
            this.headings = Set.of(headings);
        }

        static Column of(String heading) {
            String h = heading.strip().toLowerCase(Locale.ROOT);
            for (Column c : values()) {
                if (c.headings.contains(h)) {
                    return c;
                }
            }
            return null;
        }
    }

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是", "✓", "√");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "否", "");

    /** A line at fault: its line in the file, its column's heading as the file has it, and why. */
    public record RowError(long row, String column, String message) {}

    /** What the sheet says (a dry run) or did. */
    public record Result(long rows, long present, long absent, long walkIns, List<RowError> errors, String encoding) {}

    public record Upload(String fileName, MediaType type, Path file, String sha256) {}

    private final PromotionEvents events;
    private final PromotionRepository repository;
    private final TransactionTemplate transaction;
    private final ProgrammeClock clock;
    private final AuditTrail audit;

    SignInSheetImport(
            PromotionEvents events,
            PromotionRepository repository,
            TransactionTemplate transaction,
            ProgrammeClock clock,
            AuditTrail audit) {
        this.events = events;
        this.repository = repository;
        this.transaction = transaction;
        this.clock = clock;
        this.audit = audit;
    }

    public Result run(AppUser user, long eventId, boolean dryRun, Upload upload) {
        return transaction.execute(status -> {
            PromotionEvent event = events.organised(user, eventId);
            if (clock.now().isBefore(event.startsAt())) {
                throw ApiException.conflict("The event has not begun.").withText("problem.promotion.notStarted");
            }
            Check check = new Check(event);
            if (upload.type() == null
                    || !(TableFile.CSV.isCompatibleWith(upload.type())
                            || TableFile.XLSX.isCompatibleWith(upload.type()))) {
                throw ApiException.unsupportedMediaType(
                        "A sign-in sheet is read from " + TableFile.CSV + " or " + TableFile.XLSX + ".");
            }
            Charset charset = TableFile.read(
                    upload.type(),
                    upload.file(),
                    new TableFile.Limits(MAX_ROWS + 1L, 20, "A sign-in sheet has at most " + MAX_ROWS + " lines."),
                    check::line);
            if (check.columns == null) {
                throw ApiException.invalid(
                                "file",
                                "The sheet has no heading row (name, enterprise, credit_code," + " present, minutes).")
                        .withText("problem.promotion.noHeading");
            }
            long present = check.found.stream().filter(l -> l.present).count();
            long walkIns =
                    check.found.stream().filter(l -> l.registration == null).count();
            Result result = new Result(
                    check.count,
                    present,
                    check.found.size() - present,
                    walkIns,
                    List.copyOf(check.errors),
                    charset == null ? null : charset.name());
            if (dryRun || !check.errors.isEmpty()) {
                return result;
            }
            for (Line line : check.found) {
                long id = line.registration != null
                        ? line.registration.id()
                        : repository.insertRegistration(
                                eventId,
                                new Registration(
                                        0,
                                        eventId,
                                        line.name,
                                        null,
                                        line.enterprise,
                                        line.creditCode,
                                        null,
                                        line.present,
                                        line.minutes,
                                        null,
                                        true,
                                        clock.now(),
                                        user.username()));
                repository.signedIn(id, line.present, line.minutes);
            }
            audit.done(
                    user.username(),
                    null,
                    AuditAction.IMPORT_SIGN_IN_SHEET,
                    String.valueOf(eventId),
                    upload.fileName() + " (SHA-256 " + upload.sha256() + "): " + present + " present, " + walkIns
                            + " walk-in(s)");
            return result;
        });
    }

    /** A line read and checked: the person, their registration (null for a walk-in) and what the sheet says. */
    private record Line(
            String name,
            String enterprise,
            String creditCode,
            boolean present,
            Integer minutes,
            Registration registration) {}

    private final class Check {
        private final PromotionEvent event;
        private final Map<String, Registration> registered = new HashMap<>();
        private final Set<String> seen = new HashSet<>();
        private final List<Line> found = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private Map<Column, Integer> columns;
        private List<String> headings;
        private long count;

        Check(PromotionEvent event) {
            this.event = event;
            repository
                    .registrations(event.id(), null)
                    .forEach(r -> registered.put(person(r.name(), r.creditCode()), r));
        }

        void line(long number, List<String> cells) {
            if (columns == null) {
                heading(number, cells);
                return;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            count++;
            int before = errors.size();
            String name = cell(cells, Column.NAME);
            if (name.isBlank()) {
                error(number, Column.NAME, "The name is missing.");
            }
            String code = cell(cells, Column.CREDIT_CODE).toUpperCase(Locale.ROOT);
            String codeProblem = CreditCode.problem(code);
            if (codeProblem != null) {
                error(number, Column.CREDIT_CODE, codeProblem);
            }
            String presentText = cell(cells, Column.PRESENT).toLowerCase(Locale.ROOT);
            boolean present = YES.contains(presentText);
            if (!present && !NO.contains(presentText)) {
                error(number, Column.PRESENT, "'" + presentText + "' is neither yes nor no.");
            }
            Integer minutes = null;
            String minutesText = cell(cells, Column.MINUTES);
            if (!minutesText.isBlank()) {
                try {
                    minutes = Integer.valueOf(minutesText);
                } catch (NumberFormatException e) {
                    minutes = -1;
                }
                if (minutes < 0 || minutes > 24 * 60) {
                    error(number, Column.MINUTES, "'" + minutesText + "' is not a number of minutes (0 to 1440).");
                }
            }
            if (errors.size() > before) {
                return;
            }
            String key = person(name, code);
            if (!seen.add(key)) {
                error(number, Column.NAME, name + " of " + code + " is on the sheet twice.");
                return;
            }
            Registration registration = registered.get(key);
            String enterprise = cell(cells, Column.ENTERPRISE);
            if (registration == null && !event.walkIns()) {
                error(
                        number,
                        Column.NAME,
                        name + " of " + code + " is not registered, and the event takes no walk-ins.");
                return;
            }
            if (registration == null && enterprise.isBlank()) {
                error(number, Column.ENTERPRISE, "A walk-in's enterprise is needed to register them.");
                return;
            }
            found.add(new Line(name.strip(), enterprise.strip(), code, present, minutes, registration));
        }

        private void heading(long number, List<String> cells) {
            Map<Column, Integer> found = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                Column c = Column.of(cells.get(i));
                if (c != null) {
                    found.putIfAbsent(c, i);
                }
            }
            for (Column required : List.of(Column.NAME, Column.CREDIT_CODE, Column.PRESENT)) {
                if (!found.containsKey(required)) {
                    throw ApiException.invalid(
                                    "file",
                                    "The heading row (line " + number + ") has no column "
                                            + required.name().toLowerCase(Locale.ROOT) + ".")
                            .withText(
                                    "problem.promotion.missingColumn",
                                    required.name().toLowerCase(Locale.ROOT));
                }
            }
            columns = found;
            headings = cells;
        }

        private String cell(List<String> cells, Column column) {
            Integer at = columns.get(column);
            return at == null || at >= cells.size() ? "" : cells.get(at).strip();
        }

        private void error(long line, Column column, String message) {
            Integer at = columns.get(column);
            errors.add(new RowError(
                    line, at == null ? column.name().toLowerCase(Locale.ROOT) : headings.get(at), message));
        }
    }

    private static String person(String name, String creditCode) {
        return name.strip() + "\u0000" + creditCode;
    }
}
