package org.stdtrack.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes what a process-scope test class took of its model to {@code docs/process-coverage/<model>.md}:
 * each test with the elements it took, and the elements no test took. Reads the JSON report that the
 * coverage extension writes after the class; registered on the class (with {@code @ExtendWith}) so that
 * it runs after that extension. The page changes only when the tests or the model do.
 */
public class CoverageInDocs implements AfterAllCallback {

    private static final Path REPORTS = Path.of("target", "process-test-coverage");
    private static final Path DOCS = Path.of("docs", "process-coverage");

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Path report = REPORTS.resolve(context.getRequiredTestClass().getName()).resolve("report.json");
        if (!Files.exists(report)) {
            return;
        }
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        for (JsonNode model : json.get("models")) {
            Files.createDirectories(DOCS);
            Files.writeString(
                    DOCS.resolve(model.get("key").asText() + ".md"),
                    page(
                            context.getRequiredTestClass().getSimpleName(),
                            model,
                            json.get("suites").get(0).get("runs")));
        }
    }

    private static String page(String testClass, JsonNode model, JsonNode runs) throws IOException {
        String key = model.get("key").asText();
        Set<String> elements = elementsOf(model.get("xml").asText(), key);
        Map<String, Set<String>> takenBy = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            Set<String> taken = new TreeSet<>();
            for (JsonNode event : run.get("events")) {
                if (key.equals(event.get("modelKey").asText())) {
                    taken.add(event.get("definitionKey").asText());
                }
            }
            takenBy.put(run.get("name").asText(), taken);
        }
        Set<String> notTaken = new TreeSet<>(elements);
        takenBy.values().forEach(notTaken::removeAll);
        int covered = elements.size() - notTaken.size();
        StringBuilder page = new StringBuilder()
                .append("# Process test coverage: `")
                .append(key)
                .append("`\n\n")
                .append("Written by `")
                .append(testClass)
                .append("` (process scope, in-memory engine) on every test run; ")
                .append("the build fails below 100 %. The graphical report is in `target/process-test-coverage/`.\n\n")
                .append("Flow nodes and sequence flows: **")
                .append(covered)
                .append(" of ")
                .append(elements.size())
                .append("** taken (")
                .append(Math.round(100.0 * covered / elements.size()))
                .append(" %).")
                .append(notTaken.isEmpty() ? "" : " Never taken: " + String.join(", ", notTaken) + ".")
                .append("\n\n")
                .append("| Test | Elements taken |\n|---|---|\n");
        takenBy.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(run -> page.append("| ")
                        .append(run.getKey())
                        .append(" | ")
                        .append(run.getValue().size())
                        .append(" |\n"));
        return page.toString();
    }

    /** The executable flow nodes and sequence flows of the model's process, as the coverage counts them. */
    private static Set<String> elementsOf(String xml, String processKey) throws IOException {
        BpmnModelInstance model;
        try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            model = Bpmn.readModelFromStream(in);
        }
        Set<String> ids = new TreeSet<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (inProcess(node, processKey)) {
                ids.add(node.getId());
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (ids.contains(flow.getSource().getId())) {
                ids.add(flow.getId());
            }
        }
        return ids;
    }

    private static boolean inProcess(ModelElementInstance element, String processKey) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof Process process) {
                return process.getId().equals(processKey);
            }
        }
        return false;
    }
}
