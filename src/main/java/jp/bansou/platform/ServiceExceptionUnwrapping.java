package jp.bansou.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a listener or delegate throws into a generic error (ENGINE-03051), which the API and
 * the engine REST API would answer with 500. A command interceptor outside the command's transaction (already rolled
 * back, so nothing is written) hands the caller the service's own {@link InvalidInputException} (400) or
 * {@link ConflictException} (409) itself: for instance a task form's refused values, or a reply whose listener finds
 * the consultation answered by a reply committed in parallel.
 */
@Component
class ServiceExceptionUnwrapping extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineExtensions.addCommandInterceptorBeforeEngine(configuration, new Unwrapping());
    }

    static final class Unwrapping extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof InvalidInputException || cause instanceof ConflictException) {
                        throw (RuntimeException) cause;
                    }
                }
                throw e;
            }
        }
    }
}
