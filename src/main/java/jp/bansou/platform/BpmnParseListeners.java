package jp.bansou.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.jspecify.annotations.Nullable;

/**
 * Adds a process engine plugin's BPMN parse listener to those other plugins added. The engine calls each listener
 * once an element is parsed: the custom "pre" ones before its own listeners (history, metrics…), then those, then
 * the custom "post" ones.
 */
public final class BpmnParseListeners {

    private BpmnParseListeners() {
    }

    /** A listener called before the engine's own listeners. */
    public static void addBeforeEngine(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        configuration.setCustomPreBPMNParseListeners(with(configuration.getCustomPreBPMNParseListeners(), listener));
    }

    /** A listener called after the engine's own listeners: what they add to an element is there. */
    public static void addAfterEngine(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        configuration.setCustomPostBPMNParseListeners(with(configuration.getCustomPostBPMNParseListeners(), listener));
    }

    private static List<BpmnParseListener> with(@Nullable List<BpmnParseListener> listeners,
            BpmnParseListener listener) {
        List<BpmnParseListener> all = listeners == null ? new ArrayList<>() : listeners;
        all.add(listener);
        return all;
    }
}
