package org.stdtrack.consultation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.stdtrack.files.TableFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;

/**
 * Comments the secretariat received by other channels, imported from a spreadsheet in the resolution table's
 * columns (its headings in English or Chinese; the table as exported is read as it is): clause, comment,
 * proposed change, organisation, channel, and optionally type. All rows or none: a file with any row at fault
 * is refused naming every such row, and nothing is recorded.
 */
@Service
public class CommentImport {

    static final MediaType XLSX = TableFile.XLSX;
    static final int MAX_ROWS = 1000;

    /** The resolution table's columns and room for a few of the secretariat's own. */
    static final int MAX_COLUMNS = 30;

    /** The columns read, by the message key of their heading in the resolution table. */
    private enum Column {
        CLAUSE("comments.clause"),
        TEXT("comments.text"),
        PROPOSED_CHANGE("comments.proposedChange"),
        ORGANISATION("resolutionTable.organisation"),
        CHANNEL("comments.channel"),
        TYPE("comments.type");

        final String heading;

        Column(String heading) {
            this.heading = heading;
        }
    }

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE);

    private final Consultations consultations;
    private final MessageSource messages;
    private final Validator validator;

    private final long maxBytes;

    CommentImport(
            Consultations consultations,
            MessageSource messages,
            Validator validator,
            @Value("${stdtrack.comments.max-import-size:5MB}") DataSize maxImportSize) {
        this.consultations = consultations;
        this.messages = messages;
        this.validator = validator;
        this.maxBytes = maxImportSize.toBytes();
    }

    /** The largest comment file taken (stdtrack.comments.max-import-size, 5 MB). */
    long maxBytes() {
        return maxBytes;
    }

    @Transactional
    public List<Comment> run(AppUser user, long standardId, MediaType type, Path file) {
        consultations.requireRecorder(user, standardId);
        List<List<String>> rows = read(type, file);
        Map<Column, Integer> columns = null;
        List<Consultations.NewComment> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (columns == null) {
                columns = header(cells);
                continue;
            }
            String clause = cell(cells, columns.get(Column.CLAUSE));
            String text = cell(cells, columns.get(Column.TEXT));
            if (clause.isEmpty() && text.isEmpty()) {
                continue; // a blank line, or the table's summary line
            }
            try {
                var comment = new Consultations.NewComment(
                        clause,
                        value(Comment.CommentType.class, "commentType", cell(cells, columns.get(Column.TYPE)))
                                .orElse(Comment.CommentType.TECHNICAL),
                        text,
                        blankAsNull(cell(cells, columns.get(Column.PROPOSED_CHANGE))),
                        cell(cells, columns.get(Column.ORGANISATION)),
                        value(Comment.Channel.class, "channel", cell(cells, columns.get(Column.CHANNEL)))
                                .orElse(null));
                validator.validate(comment).stream()
                        .min(Comparator.comparing((ConstraintViolation<?> v) ->
                                v.getPropertyPath().toString()))
                        .ifPresent(v -> {
                            throw ApiException.invalid(
                                    v.getPropertyPath().toString(), v.getPropertyPath() + ": " + v.getMessage());
                        });
                if (!comment.recorded()) {
                    throw ApiException.invalid(
                            "channel",
                            "channel: PLATFORM, LETTER, EMAIL or MEETING (a reviewer's own comments are theirs to make)");
                }
                if (comment.organisation().isBlank()) {
                    throw ApiException.invalid("organisation", "organisation: the organisation that sent it");
                }
                found.add(comment);
            } catch (ApiException refused) {
                errors.add("row " + (r + 1) + ": " + refused.getMessage());
            }
        }
        if (columns == null) {
            throw ApiException.invalid(
                    "file",
                    "No heading row: the file needs the resolution table's columns (clause, comment, "
                            + "proposed change, organisation, channel), in English or Chinese.");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(
                    "file", errors.size() + " row(s) at fault; nothing was recorded. " + String.join("; ", errors));
        }
        if (found.isEmpty()) {
            throw ApiException.invalid("file", "The file has no comment rows.");
        }
        return found.stream()
                .map(comment -> consultations.comment(user, standardId, comment))
                .toList();
    }

    /** The file's rows: at most the limit and a title, a heading and a summary line; no cell past the table's. */
    private static List<List<String>> read(MediaType type, Path file) {
        if (type == null || !(type.isCompatibleWith(XLSX) || type.isCompatibleWith(TableFile.CSV))) {
            throw ApiException.unsupportedMediaType(
                    "Comments are imported from text/csv or " + XLSX + ", not " + type + ".");
        }
        List<List<String>> rows = new ArrayList<>();
        TableFile.Limits limits = new TableFile.Limits(
                MAX_ROWS + 3L, MAX_COLUMNS, "At most " + MAX_ROWS + " comments are imported at once.");
        TableFile.read(type, file, limits, (line, cells) -> {
            while (rows.size() < line - 1) {
                rows.add(List.of()); // a row a workbook leaves out is a blank line
            }
            rows.add(List.copyOf(cells));
        });
        return rows;
    }

    /** The columns of a heading row (one naming the clause column), or null for a row before it. */
    private Map<Column, Integer> header(List<String> cells) {
        Map<String, Column> byHeading = new HashMap<>();
        for (Column column : Column.values()) {
            for (Locale language : LANGUAGES) {
                byHeading.put(normal(messages.getMessage(column.heading, null, language)), column);
            }
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int c = 0; c < cells.size(); c++) {
            Column column = byHeading.get(normal(cells.get(c)));
            if (column != null) {
                columns.putIfAbsent(column, c);
            }
        }
        return columns.containsKey(Column.CLAUSE) && columns.containsKey(Column.TEXT) ? columns : null;
    }

    /** An enumeration's value from its name or its label in either language; empty for a blank cell. */
    private <E extends Enum<E>> Optional<E> value(Class<E> type, String group, String cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(cell)) {
                return Optional.of(value);
            }
            for (Locale language : LANGUAGES) {
                if (normal(messages.getMessage(group + "." + value.name(), null, value.name(), language))
                        .equals(normal(cell))) {
                    return Optional.of(value);
                }
            }
        }
        throw ApiException.invalid(group, group + ": '" + cell + "' is none of " + List.of(type.getEnumConstants()));
    }

    private static String cell(List<String> cells, Integer column) {
        return column == null || column >= cells.size() || cells.get(column) == null
                ? ""
                : cells.get(column).strip();
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
