package org.stdtrack.international;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.stdtrack.files.JsonLinesFile;
import org.stdtrack.files.TableFile;
import org.stdtrack.problem.ApiException;

/**
 * ISO's open data files as ISO publishes them, JSON Lines or CSV, read line by line: each line becomes one JSON
 * object (a CSV heading {@code title.en} a nested field), and its fields are read leniently in form (a number
 * or its digits, a list or its items separated by commas) and strictly in meaning (a stage that is no harmonized
 * code, a date that is no date: the line's fault, named by field).
 */
final class IsoOpenData {

    static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");
    private static final List<MediaType> JSON_TYPES = List.of(
            JSON_LINES,
            MediaType.parseMediaType("application/jsonl"),
            MediaType.parseMediaType("application/json-lines"),
            MediaType.APPLICATION_JSON);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The most characters of one line: a deliverable's scope is long, a line of megabytes is not ISO's. */
    static final int MAX_LINE_CHARS = 1024 * 1024;

    /** The most CSV columns read. */
    private static final int MAX_COLUMNS = 60;

    /** A line's fault: its line, the field (null for the whole line) and why. */
    record Fault(long line, String field, String message) {}

    interface Rows {
        void row(long line, JsonNode row);

        void fault(Fault fault);
    }

    private IsoOpenData() {}

    static void read(MediaType type, Path file, long maxRows, Rows rows) {
        String tooMany = "The file holds more than " + maxRows + " lines.";
        if (type != null && JSON_TYPES.stream().anyMatch(t -> t.isCompatibleWith(type))) {
            JsonLinesFile.read(
                    file, new JsonLinesFile.Limits(maxRows, MAX_LINE_CHARS, tooMany), new JsonLinesFile.Lines() {
                        @Override
                        public void line(long number, JsonNode object) {
                            rows.row(number, object);
                        }

                        @Override
                        public void malformed(long number, String problem) {
                            rows.fault(new Fault(number, null, problem));
                        }
                    });
            return;
        }
        if (type != null && TableFile.CSV.isCompatibleWith(type)) {
            List<String> header = new ArrayList<>();
            TableFile.read(type, file, new TableFile.Limits(maxRows + 1, MAX_COLUMNS, tooMany), (line, cells) -> {
                if (header.isEmpty()) {
                    cells.forEach(c -> header.add(c.strip()));
                    return;
                }
                rows.row(line, object(header, cells));
            });
            return;
        }
        throw ApiException.unsupportedMediaType(
                "ISO's open data is read as JSON Lines (" + JSON_LINES + ") or CSV (text/csv), not " + type + ".");
    }

    /** A CSV line as the JSON object its JSON Lines twin would be: {@code title.en} nests under {@code title}. */
    private static ObjectNode object(List<String> header, List<String> cells) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
            String value = cells.get(i).strip();
            if (value.isEmpty() || header.get(i).isEmpty()) {
                continue;
            }
            String[] path = header.get(i).split("\\.", 2);
            if (path.length == 2) {
                JsonNode parent = object.get(path[0]);
                ObjectNode nested = parent instanceof ObjectNode o ? o : object.putObject(path[0]);
                nested.put(path[1], value);
            } else {
                object.put(path[0], value);
            }
        }
        return object;
    }

    /** A whole number, given as a number or as its digits; empty when absent; the line's fault otherwise. */
    static Optional<Long> number(JsonNode row, String field, long line, Rows faults) {
        JsonNode value = row.get(field);
        if (value == null
                || value.isNull()
                || (value.isTextual() && value.asText().isBlank())) {
            return Optional.empty();
        }
        if (value.canConvertToExactIntegral() && value.isNumber()) {
            return Optional.of(value.asLong());
        }
        if (value.isTextual() && value.asText().strip().matches("\\d{1,15}")) {
            return Optional.of(Long.parseLong(value.asText().strip()));
        }
        faults.fault(new Fault(line, field, "'" + shortened(value) + "' is not a whole number."));
        return Optional.empty();
    }

    /** A text, or the English of a text given per language ({"en": …, "fr": …}); empty when absent. */
    static Optional<String> text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        if (value != null && value.isObject()) {
            value = value.get("en");
        }
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    static Optional<LocalDate> date(JsonNode row, String field, long line, Rows faults) {
        Optional<String> text = text(row, field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    LocalDate.parse(text.get().length() > 10 ? text.get().substring(0, 10) : text.get()));
        } catch (DateTimeParseException e) {
            faults.fault(
                    new Fault(line, field, "'" + shortened(row.get(field)) + "' is not a date such as 2024-05-31."));
            return Optional.empty();
        }
    }

    /** A list's items as texts: a JSON array (of values or of objects' {@code acronym}), or items separated by , ; |. */
    static List<String> items(JsonNode row, String field, String inObjects) {
        JsonNode value = row.get(field);
        List<String> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (value.isTextual() && value.asText().strip().startsWith("[")) {
            try {
                value = JSON.readTree(value.asText());
            } catch (JsonProcessingException e) {
                return items;
            }
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                JsonNode text = item.isObject() ? item.get(inObjects) : item;
                if (text != null && !text.isNull()) {
                    items.add(text.asText().strip());
                }
            }
            return items;
        }
        for (String item : value.asText().split("[,;|]")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static String shortened(JsonNode value) {
        String text = value.isTextual() ? value.asText() : value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
