package jp.bansou.platform;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a listener or delegate throws into a generic error (ENGINE-03051), which the engine
 * REST API answers with 500. This interceptor, outside the command's transaction (already rolled back, so nothing
 * is written), hands the caller the {@link InvalidInputException} itself, which it answers with 400.
 */
class InvalidInputUnwrapping extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    throw invalid;
                }
            }
            throw e;
        }
    }
}
