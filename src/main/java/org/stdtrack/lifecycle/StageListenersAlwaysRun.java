package org.stdtrack.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.listener.ExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The models' stage listeners ({@code ${stages.…}} on sequence flows) keep the standard's stage and its
 * stage events in step with the engine. Camunda runs every listener a model declares as a "custom" one,
 * which Cockpit's process instance modification may skip ("skip custom listeners"); these are made
 * built-in when the model is parsed, so no modification can leave the record behind the process. The
 * open-task projection's task events are built-in too ({@code camunda.bpm.eventing.skippable: false}).
 */
@Component
class StageListenersAlwaysRun extends AbstractProcessEnginePlugin {

    static final String STAGE_LISTENER_PREFIX = "${stages.";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseSequenceFlow(Element flow, ScopeImpl scope, TransitionImpl transition) {
                var declared = transition.getListeners(ExecutionListener.EVENTNAME_TAKE);
                for (var listener : List.copyOf(declared)) {
                    if (listener instanceof ExpressionExecutionListener expression
                            && expression.getExpressionText().startsWith(STAGE_LISTENER_PREFIX)) {
                        declared.remove(listener);
                        transition.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, expression);
                    }
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
