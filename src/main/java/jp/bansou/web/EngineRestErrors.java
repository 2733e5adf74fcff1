package jp.bansou.web;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import jp.bansou.platform.ConflictException;
import jp.bansou.platform.InvalidInputException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.spin.spi.SpinDataFormatException;

/**
 * What the engine REST API answers with 500 although the client is at fault: completing a task that never existed
 * (404) or that someone else completed first (409, also when the race is lost inside the transaction: optimistic
 * locking, or the loser's listener meeting the winner's rows), a variable the engine will not store (Java
 * serialization, malformed JSON: 400), the service's refusal of a process's input where the engine REST API wraps
 * it into a 500 of its own ({@code /process-definition/.../start}: 400). Everything else goes to the engine's own
 * mappers. The answer becomes a problem detail in {@link EngineRestProblemDetails}.
 */
final class EngineRestErrors {

    private static final Pattern TASK_ACTION = Pattern.compile("^/?task/([^/]+)/(complete|submit-form|resolve)$");
    /** The engine's message code for a variable in the Java serialization format it is configured to refuse. */
    private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

    private final Supplier<ProcessEngine> engine;

    EngineRestErrors(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    Optional<Response> classify(Throwable error, UriInfo uri) {
        Matcher taskAction = TASK_ACTION.matcher(uri.getPath());
        if (taskAction.matches() && !taskExists(taskAction.group(1))) {
            String taskId = taskAction.group(1);
            return completedOnce(taskId)
                    ? answer(Status.CONFLICT, "TaskAlreadyCompleted",
                            "Task " + taskId + " was already completed (or cancelled) by someone else")
                    : answer(Status.NOT_FOUND, "TaskNotFound", "No task with id " + taskId);
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return answer(Status.BAD_REQUEST, InvalidInputException.class.getSimpleName(), invalid.getMessage());
            }
            if (cause instanceof ConflictException conflict) {
                return answer(Status.CONFLICT, conflict.getClass().getSimpleName(), conflict.getMessage());
            }
            if (cause instanceof OptimisticLockingException) {
                return answer(Status.CONFLICT, cause.getClass().getSimpleName(),
                        "Someone else changed the same data at the same time; reload and try again");
            }
            if (cause instanceof SpinDataFormatException) {
                return answer(Status.BAD_REQUEST, cause.getClass().getSimpleName(), "Invalid variable: " + engineMessage(error));
            }
            if (cause instanceof ProcessEngineException && String.valueOf(cause.getMessage())
                    .startsWith(JAVA_SERIALIZATION_PROHIBITED)) {
                return answer(Status.BAD_REQUEST, "JavaSerializationProhibited", cause.getMessage()
                        + "; send the value as JSON (serializationDataFormat application/json)");
            }
        }
        return Optional.empty();
    }

    private boolean taskExists(String taskId) {
        return withoutAuthorization(() -> engine.get().getTaskService().createTaskQuery().taskId(taskId).count() > 0);
    }

    private boolean completedOnce(String taskId) {
        return withoutAuthorization(() -> engine.get().getHistoryService().createHistoricTaskInstanceQuery()
                .taskId(taskId).count() > 0);
    }

    /** Whether a task exists is asked for the answer's status only, whatever the caller may read. */
    private <T> T withoutAuthorization(Supplier<T> query) {
        IdentityService identity = engine.get().getIdentityService();
        Authentication caller = identity.getCurrentAuthentication();
        try {
            identity.clearAuthentication();
            return query.get();
        } finally {
            identity.setAuthentication(caller);
        }
    }

    /** The innermost engine message names the variable ("Cannot deserialize object in variable 'x': ..."). */
    private static String engineMessage(Throwable error) {
        String message = error.getMessage();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessEngineException && cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    private static Optional<Response> answer(Status status, String type, String message) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(type);
        dto.setMessage(message);
        return Optional.of(Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build());
    }

    // One mapper per exception type the engine's own mappers take (Jersey picks the closest type first, then the
    // highest priority), each falling back to the engine's mapper.

    abstract static class FallingBackToTheEngine<E extends Throwable> implements ExceptionMapper<E> {

        private final EngineRestErrors errors;
        private final ExceptionMapper<E> engine;
        @Context
        private UriInfo uri;

        FallingBackToTheEngine(EngineRestErrors errors, ExceptionMapper<E> engine) {
            this.errors = errors;
            this.engine = engine;
        }

        @Override
        public Response toResponse(E e) {
            return errors.classify(e, uri).orElseGet(() -> engine.toResponse(e));
        }
    }

    @Priority(Priorities.USER - 100)
    static final class ForRestException extends FallingBackToTheEngine<RestException> {
        ForRestException(EngineRestErrors errors) {
            super(errors, new RestExceptionHandler());
        }
    }

    @Priority(Priorities.USER - 100)
    static final class ForProcessEngineException extends FallingBackToTheEngine<ProcessEngineException> {
        ForProcessEngineException(EngineRestErrors errors) {
            super(errors, new ProcessEngineExceptionHandler());
        }
    }

    @Priority(Priorities.USER - 100)
    static final class ForAnyOtherError extends FallingBackToTheEngine<Throwable> {
        ForAnyOtherError(EngineRestErrors errors) {
            super(errors, new ExceptionHandler());
        }
    }
}
