package org.stdtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.identity.Role;
import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardType;

/** Every text the pages show exists in English and in Chinese. */
class MessageBundlesTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.\\-]*)");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(column\\.\\w+)\"");
    private static final Pattern TASK_KEY = Pattern.compile("<bpmn:userTask id=\"(\\w+)\"");

    @Test
    void englishAndChineseHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        Properties en = bundle("messages.properties");
        Properties zh = bundle("messages_zh.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        zh.forEach((key, text) ->
                assertThat((String) text).as("zh " + key).isNotBlank().isNotEqualTo(en.getProperty((String) key)));
    }

    /**
     * Every message that takes arguments, rendered as the pages render it (MessageFormat) in both languages:
     * each argument lands in its place and the rest reads as written. A single apostrophe (to MessageFormat, the
     * start of a quotation) would swallow what follows it; such messages write it twice.
     */
    @Test
    void everyMessageWithArgumentsRendersThemInBothLanguages() throws IOException {
        Pattern placeholder = Pattern.compile("\\{(\\d+)[^}]*}");
        List<String> wrong = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_zh.properties")) {
            Locale locale = file.contains("_zh") ? Locale.CHINESE : Locale.ENGLISH;
            Properties bundle = bundle(file);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                Matcher arguments = placeholder.matcher(text);
                int count = 0;
                while (arguments.find()) {
                    count = Math.max(count, Integer.parseInt(arguments.group(1)) + 1);
                }
                if (count == 0) {
                    continue;
                }
                Object[] values = new Object[count];
                for (int i = 0; i < count; i++) {
                    values[i] = text.contains("{" + i + ",number") ? (Object) (41 + i) : "ARG" + i;
                }
                String rendered = new MessageFormat(text, locale).format(values);
                // What the page should show: each argument in its place and each doubled apostrophe as one.
                String expected = text.replace("''", "'");
                for (int i = 0; i < count; i++) {
                    expected = expected.replace("{" + i + "}", "ARG" + i);
                }
                if (expected.contains("{") ? rendered.matches("(?s).*\\{\\d.*") : !rendered.equals(expected)) {
                    wrong.add(file + " " + key + ": " + rendered);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    /** Exports title their columns and name their values with keys written in Java. */
    @Test
    void everyKeyTheJavaCodeNamesExists() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher keys = JAVA_KEY.matcher(Files.readString(source));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }
        assertThat(used).contains("column.stage");
        assertThat(known).containsAll(used);
    }

    @Test
    void everyTaskRoleStageTypeAndDegreeHasAName() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.toList()) {
                Matcher tasks = TASK_KEY.matcher(Files.readString(model));
                while (tasks.find()) {
                    assertThat(known).contains("task." + tasks.group(1));
                }
            }
        }
        for (AuditAction action : AuditAction.values()) {
            assertThat(known).contains("auditAction." + action.name());
        }
        for (Role role : Role.values()) {
            assertThat(known).contains("role." + role.name());
        }
        for (Stage stage : Stage.values()) {
            assertThat(known).contains("stage." + stage.name());
        }
        for (StandardType type : StandardType.values()) {
            assertThat(known).contains("standardType." + type.name(), "standardTypeShort." + type.name());
        }
        for (InternationalDegree degree : InternationalDegree.values()) {
            assertThat(known).contains("degree." + degree.name());
        }
    }

    @Test
    void everyStageEventTheModelsAndTheCodeRecordIsDescribed() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("'(\\d\\d\\.\\d\\d)'|\"(\\d\\d\\.\\d\\d)\"");
        Set<String> codes = new java.util.TreeSet<>();
        for (Path root : List.of(Path.of("bpmn"), Path.of("src/main/java"))) {
            try (var files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    var found = code.matcher(Files.readString(file));
                    while (found.find()) {
                        codes.add(found.group(1) != null ? found.group(1) : found.group(2));
                    }
                }
            }
        }
        assertThat(codes).contains("10.00", "10.60", "60.60", "95.99");
        codes.forEach(c -> assertThat(known).as("stageEvent." + c).contains("stageEvent." + c));
        assertThat(known).contains("stageEvent.IN_FORCE");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n", name))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
