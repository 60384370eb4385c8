package org.stdtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaValue;
import org.stdtrack.tasks.TaskInput;

/**
 * What a model's backing class says of its forms, checked against the model itself: each task's decision is an
 * enum whose constants are the model's values in the model's order, every task that decides something is
 * named, and each typed input is a field of the model with the matching type and format.
 */
public final class ModelForms {

    /** The fields that carry a task's decision, as the worklist reads them. */
    private static final Set<String> DECISION_FIELDS = Set.of("outcome", "vote");

    private final String file;
    private final BpmnModelInstance model;

    private ModelForms(String file) {
        this.file = file;
        this.model = Bpmn.readModelFromFile(new File(file));
    }

    public static ModelForms of(String file) {
        return new ModelForms(file);
    }

    public ModelForms decisionsAre(Map<String, Class<? extends Enum<?>>> decisions) {
        Set<String> deciding = new TreeSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            for (CamundaFormField field : fields(task)) {
                if (DECISION_FIELDS.contains(field.getCamundaId()) && "enum".equals(field.getCamundaType())) {
                    deciding.add(task.getId());
                    assertThat(decisions)
                            .as("%s: %s decides; its backing class names the enum", file, task.getId())
                            .containsKey(task.getId());
                    List<String> values = field.getCamundaValues().stream()
                            .map(CamundaValue::getCamundaId)
                            .toList();
                    List<String> constants = Arrays.stream(
                                    decisions.get(task.getId()).getEnumConstants())
                            .map(Enum::name)
                            .toList();
                    assertThat(constants)
                            .as("%s: the values of %s and %s", file, task.getId(), decisions.get(task.getId()))
                            .isEqualTo(values);
                }
            }
        }
        assertThat(deciding).as("%s: the tasks that decide", file).isEqualTo(new TreeSet<>(decisions.keySet()));
        return this;
    }

    public ModelForms hasInputs(TaskInput<?>... inputs) {
        for (TaskInput<?> input : inputs) {
            List<CamundaFormField> declared = model.getModelElementsByType(UserTask.class).stream()
                    .flatMap(task -> fields(task).stream())
                    .filter(field -> field.getCamundaId().equals(input.name()))
                    .toList();
            assertThat(declared)
                    .as("%s: a task has the field %s", file, input.name())
                    .isNotEmpty();
            for (CamundaFormField field : declared) {
                assertThat(field.getCamundaType())
                        .as("%s: type of %s", file, input.name())
                        .isEqualTo(input.formType());
                if (input.format() == null) {
                    // Other formats (a published number's) are hints for forms; only dates change the value's type.
                    assertThat(format(field))
                            .as("%s: format of %s", file, input.name())
                            .isNotIn("date", "date-time");
                } else {
                    assertThat(format(field))
                            .as("%s: format of %s", file, input.name())
                            .isEqualTo(input.format());
                }
            }
        }
        return this;
    }

    private static List<CamundaFormField> fields(UserTask task) {
        if (task.getExtensionElements() == null) {
            return List.of();
        }
        return task
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData.class)
                .list()
                .stream()
                .flatMap(form -> form.getCamundaFormFields().stream())
                .toList();
    }

    private static String format(CamundaFormField field) {
        if (field.getCamundaProperties() == null) {
            return null;
        }
        return field.getCamundaProperties().getCamundaProperties().stream()
                .filter(property -> "format".equals(property.getCamundaId()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst()
                .orElse(null);
    }
}
