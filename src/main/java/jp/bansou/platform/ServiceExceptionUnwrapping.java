package jp.bansou.platform;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a listener or delegate throws into a generic error (ENGINE-03051), which the API and
 * the engine REST API would answer with 500. This interceptor, outside the command's transaction (already rolled
 * back, so nothing is written), hands the caller the service's own {@link InvalidInputException} (400) or
 * {@link ConflictException} (409) itself: for instance a reply whose listener finds the consultation answered by a
 * reply committed in parallel.
 */
class ServiceExceptionUnwrapping extends CommandInterceptor {

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
