package org.stdtrack.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stdtrack.adoption.AdoptionVerification;
import org.stdtrack.international.BallotProcess;
import org.stdtrack.liaison.LiaisonProcess;
import org.stdtrack.lifecycle.StandardLifecycleModel;
import org.stdtrack.plan.PlanChangeModel;
import org.stdtrack.promotion.PilotProcess;
import org.stdtrack.standard.LifecycleEvent;
import org.stdtrack.standard.LifecycleTask;

/** Every model in bpmn/ parses, deploys on a bare engine, and opens cleanly in Modeler and Cockpit. */
class BpmnModelsTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:bpmn-models;DB_CLOSE_DELAY=1000")
                .setProcessEngineName("bpmnModelsTest")
                .setJobExecutorActivate(false)
                .buildProcessEngine();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    static Stream<Path> models() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).isNotEmpty();
        return models.stream();
    }

    @ParameterizedTest
    @MethodSource("models")
    void parsesAndValidates(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            Bpmn.validateModel(Bpmn.readModelFromStream(in));
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void deploys(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            var deployment = engine.getRepositoryService()
                    .createDeployment()
                    .addInputStream(model.getFileName().toString(), in)
                    .deploy();
            assertThat(engine.getRepositoryService()
                            .createProcessDefinitionQuery()
                            .deploymentId(deployment.getId())
                            .count())
                    .isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyFlowElementHasADiagramShapeOrEdge(Path model) throws IOException {
        BpmnModelInstance instance = read(model);
        Set<String> drawn = new HashSet<>();
        instance.getModelElementsByType(BpmnShape.class)
                .forEach(s -> drawn.add(s.getBpmnElement().getId()));
        instance.getModelElementsByType(BpmnEdge.class)
                .forEach(e -> drawn.add(e.getBpmnElement().getId()));
        for (FlowElement element : instance.getModelElementsByType(FlowElement.class)) {
            assertThat(drawn)
                    .as(element.getElementType().getTypeName() + " " + element.getId())
                    .contains(element.getId());
        }
        for (BpmnEdge edge : instance.getModelElementsByType(BpmnEdge.class)) {
            assertThat(edge.getWaypoints()).as("edge " + edge.getId()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void idsAndNamesExplainThemselves(Path model) throws IOException {
        BpmnModelInstance instance = read(model);
        for (BaseElement element : instance.getModelElementsByType(FlowElement.class)) {
            assertThat(element.getId())
                    .as("generated ids such as Activity_0abc say nothing")
                    .doesNotMatch(
                            "(?i)(Activity|Event|Gateway|Flow|StartEvent|EndEvent|Task|SequenceFlow)_[0-9a-z]{5,}");
            if (!(element instanceof SequenceFlow)) {
                assertThat(((FlowElement) element).getName())
                        .as("name of " + element.getId())
                        .isNotBlank();
            }
        }
    }

    @Test
    void theLifecycleBackingClassNamesOnlyElementsOfItsModel() throws IOException {
        BpmnModelInstance lifecycle = read(Path.of("bpmn", "standard-lifecycle.bpmn"));
        assertThat(lifecycle.getModelElementsByType(Process.class).stream().map(Process::getId))
                .containsExactly(StandardLifecycleModel.PROCESS_KEY);
        for (LifecycleTask task : LifecycleTask.values()) {
            assertThat(lifecycle.<BaseElement>getModelElementById(task.id()))
                    .as(task.name())
                    .isInstanceOf(UserTask.class);
        }
        assertThat(lifecycle.getModelElementsByType(UserTask.class))
                .as("every user task has its constant")
                .hasSize(LifecycleTask.values().length);
        for (LifecycleEvent event : LifecycleEvent.values()) {
            assertThat(lifecycle.<BaseElement>getModelElementById(event.id()))
                    .as(event.name())
                    .isInstanceOf(IntermediateCatchEvent.class);
        }
        assertThat(lifecycle.<BaseElement>getModelElementById(StandardLifecycleModel.OPEN_BALLOT))
                .isInstanceOf(ServiceTask.class);
        assertThat(lifecycle.<BaseElement>getModelElementById(StandardLifecycleModel.REVIEW_BATCH_EVENT))
                .isInstanceOf(IntermediateCatchEvent.class);
        assertThat(lifecycle.getModelElementsByType(Message.class).stream().map(Message::getName))
                .containsExactlyInAnyOrder(
                        StandardLifecycleModel.CANCELLATION_MESSAGE,
                        StandardLifecycleModel.REVIEW_BATCH_MESSAGE,
                        LifecycleEvent.DUPLICATION_CLAIMS_ANSWERED.id());
    }

    @Test
    void theAdoptionBackingClassNamesOnlyElementsOfItsModel() throws IOException {
        BpmnModelInstance adoption = read(Path.of("bpmn", "adoption-verification.bpmn"));
        assertThat(adoption.getModelElementsByType(Process.class).stream().map(Process::getId))
                .containsExactly(AdoptionVerification.PROCESS_KEY);
        assertThat(adoption.getModelElementsByType(UserTask.class).stream().map(UserTask::getId))
                .containsExactly(AdoptionVerification.VERIFY_TASK);
    }

    @Test
    void theBallotBackingClassNamesOnlyElementsOfItsModel() throws IOException {
        BpmnModelInstance ballot = read(Path.of("bpmn", "international-ballot.bpmn"));
        assertThat(ballot.getModelElementsByType(Process.class).stream().map(Process::getId))
                .containsExactly(BallotProcess.PROCESS_KEY);
        assertThat(ballot.getModelElementsByType(UserTask.class).stream().map(UserTask::getId))
                .containsExactly(BallotProcess.POSITION_TASK);
    }

    @Test
    void thePilotBackingClassNamesOnlyElementsOfItsModel() throws IOException {
        BpmnModelInstance pilot = read(Path.of("bpmn", "pilot.bpmn"));
        assertThat(pilot.getModelElementsByType(Process.class).stream().map(Process::getId))
                .containsExactly(PilotProcess.PROCESS_KEY);
        assertThat(pilot.getModelElementsByType(UserTask.class).stream().map(UserTask::getId))
                .containsExactlyInAnyOrderElementsOf(Stream.of(PilotProcess.Step.values())
                        .map(step -> step.taskKey)
                        .toList());
    }

    @Test
    void theLiaisonBackingClassNamesOnlyElementsOfItsModel() throws IOException {
        BpmnModelInstance liaison = read(Path.of("bpmn", "liaison-response.bpmn"));
        assertThat(liaison.getModelElementsByType(Process.class).stream().map(Process::getId))
                .containsExactly(LiaisonProcess.PROCESS_KEY);
        assertThat(liaison.getModelElementsByType(UserTask.class).stream().map(UserTask::getId))
                .containsExactly(LiaisonProcess.RESPOND_TASK);
    }

    @Test
    void thePlanChangeBackingClassNamesOnlyElementsOfItsModel() throws IOException {
        BpmnModelInstance extension = read(Path.of("bpmn", "plan-change.bpmn"));
        assertThat(extension.getModelElementsByType(Process.class).stream().map(Process::getId))
                .containsExactly(PlanChangeModel.PROCESS_KEY);
        assertThat(extension.getModelElementsByType(UserTask.class).stream().map(UserTask::getId))
                .containsExactly(PlanChangeModel.DECIDE_TASK);
    }

    private static BpmnModelInstance read(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
