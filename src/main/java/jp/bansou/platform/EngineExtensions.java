package jp.bansou.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.jspecify.annotations.Nullable;

/**
 * What a process engine plugin adds to the engine it configures, beside what other plugins added: each of these
 * lists of the configuration is null until a plugin sets it.
 */
public final class EngineExtensions {

    private EngineExtensions() {
    }

    /** A BPMN parse listener the engine calls once an element is parsed, before its own (history, metrics…). */
    public static void addParseListenerBeforeEngine(ProcessEngineConfigurationImpl configuration,
            BpmnParseListener listener) {
        configuration.setCustomPreBPMNParseListeners(with(configuration.getCustomPreBPMNParseListeners(), listener));
    }

    /** A BPMN parse listener the engine calls after its own: what they add to an element is there. */
    public static void addParseListenerAfterEngine(ProcessEngineConfigurationImpl configuration,
            BpmnParseListener listener) {
        configuration.setCustomPostBPMNParseListeners(with(configuration.getCustomPostBPMNParseListeners(), listener));
    }

    /** A command interceptor around the engine's own: outside its transaction and command context. */
    public static void addCommandInterceptorBeforeEngine(ProcessEngineConfigurationImpl configuration,
            CommandInterceptor interceptor) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                with(configuration.getCustomPreCommandInterceptorsTxRequired(), interceptor));
    }

    /** A command interceptor inside the engine's own: within the command's transaction and context. */
    public static void addCommandInterceptorAfterEngine(ProcessEngineConfigurationImpl configuration,
            CommandInterceptor interceptor) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor));
    }

    /** A history event handler after those configured so far. */
    public static void addHistoryEventHandler(ProcessEngineConfigurationImpl configuration,
            HistoryEventHandler handler) {
        configuration.setCustomHistoryEventHandlers(with(configuration.getCustomHistoryEventHandlers(), handler));
    }

    /** A database history handler of one's own in place of the engine's, first among the handlers as the engine's is. */
    public static void replaceDbHistoryEventHandler(ProcessEngineConfigurationImpl configuration,
            DbHistoryEventHandler handler) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(handler);
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private static <T> List<T> with(@Nullable List<T> list, T item) {
        List<T> all = list == null ? new ArrayList<>() : new ArrayList<>(list);
        all.add(item);
        return all;
    }
}
