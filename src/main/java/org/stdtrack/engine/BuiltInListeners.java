package org.stdtrack.engine;

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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Camunda runs every listener a model declares as a "custom" one, which Cockpit's process instance
 * modification may skip ("skip custom listeners"). A room whose sequence-flow listeners keep its records in
 * step with the process (the lifecycle's stage listeners) names their expressions here; they are made built-in
 * when the model is parsed, so no modification can leave the record behind the process.
 */
@Component
class BuiltInListeners extends AbstractProcessEnginePlugin {

    private final ObjectProvider<AlwaysRunListeners> declared;

    BuiltInListeners(ObjectProvider<AlwaysRunListeners> declared) {
        this.declared = declared;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<String> prefixes = declared.orderedStream()
                .map(AlwaysRunListeners::expressionPrefix)
                .toList();
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseSequenceFlow(Element flow, ScopeImpl scope, TransitionImpl transition) {
                var listenersOfFlow = transition.getListeners(ExecutionListener.EVENTNAME_TAKE);
                for (var listener : List.copyOf(listenersOfFlow)) {
                    if (listener instanceof ExpressionExecutionListener expression
                            && prefixes.stream().anyMatch(expression.getExpressionText()::startsWith)) {
                        listenersOfFlow.remove(listener);
                        transition.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, expression);
                    }
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
