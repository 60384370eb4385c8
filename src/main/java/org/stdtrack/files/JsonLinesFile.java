package org.stdtrack.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.input.BOMInputStream;
import org.stdtrack.problem.ApiException;

/**
 * A JSON Lines file (one JSON object per line, as ISO publishes its open data), read line by line and never
 * whole: strict UTF-8, each line parsed on its own, a line longer than {@code maxLineChars} refused (422) before
 * it is gathered, a line past {@code maxLines} refused (413). A line that is not a JSON object is handed to the
 * caller as malformed, so that a file's faults are named line by line.
 */
public final class JsonLinesFile {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public record Limits(long maxLines, int maxLineChars, String tooManyLines) {}

    public interface Lines {
        void line(long number, JsonNode object);

        void malformed(long number, String problem);
    }

    private JsonLinesFile() {}

    public static void read(Path file, Limits limits, Lines lines) {
        try (Reader reader = new InputStreamReader(
                        BOMInputStream.builder()
                                .setInputStream(Files.newInputStream(file))
                                .get(),
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT));
                BufferedReader in = new BufferedReader(reader, 64 * 1024)) {
            StringBuilder line = new StringBuilder();
            long number = 0;
            int c;
            boolean more = true;
            while (more) {
                c = in.read();
                if (c == '\n' || c < 0) {
                    more = c >= 0;
                    if (c < 0 && line.isEmpty()) {
                        break;
                    }
                    number++;
                    if (number > limits.maxLines()) {
                        throw ApiException.tooLarge(limits.tooManyLines());
                    }
                    handle(number, line.toString().strip(), lines);
                    line.setLength(0);
                } else if (line.length() >= limits.maxLineChars()) {
                    throw ApiException.invalid(
                            "file",
                            "Line " + (number + 1) + " is longer than " + limits.maxLineChars() + " characters.");
                } else {
                    line.append((char) c);
                }
            }
        } catch (CharacterCodingException notUtf8) {
            throw ApiException.invalid("file", "The file's text is not UTF-8.");
        } catch (IOException e) {
            throw ApiException.badRequest("file", "The file is not readable: " + e.getMessage());
        }
    }

    private static void handle(long number, String text, Lines lines) {
        if (text.isEmpty()) {
            return;
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                lines.malformed(number, "The line is not a JSON object.");
            } else {
                lines.line(number, node);
            }
        } catch (JsonProcessingException e) {
            lines.malformed(number, "The line is not JSON: " + e.getOriginalMessage());
        }
    }
}
