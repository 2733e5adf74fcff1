package jp.bansou.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API's errors in the service's one error shape (RFC 9457 problem details), keeping the
 * engine's exception type and code as extra members. Tasklist and Cockpit use their own REST application
 * under {@code /camunda/api} and are not affected.
 */
class EngineRestProblemDetails implements ContainerResponseFilter {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ExceptionDto error) {
            response.setEntity(problem(request, response, error.getMessage(), error.getType(), error.getCode()), null,
                    PROBLEM_JSON);
        } else if (response.getStatus() >= 400 && !PROBLEM_JSON.isCompatible(response.getMediaType())
                && (response.getEntity() == null || response.getEntity() instanceof String)) {
            // Jersey's own answers (e.g. its JSON provider's to a body it cannot parse) come as plain text.
            response.setEntity(problem(request, response, (String) response.getEntity(), null, null), null, PROBLEM_JSON);
        }
    }

    private static Map<String, Object> problem(ContainerRequestContext request, ContainerResponseContext response,
            String message, String engineErrorType, Integer engineErrorCode) {
        Response.StatusType status = response.getStatusInfo();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.getStatusCode());
        problem.put("detail", message != null && !message.isBlank() ? message
                : status.getStatusCode() == 400 ? "The request body could not be read: not JSON, or not of the documented shape"
                : status.getReasonPhrase());
        problem.put("instance", request.getUriInfo().getRequestUri().getPath());
        if (engineErrorType != null) {
            problem.put("engineErrorType", engineErrorType);
        }
        if (engineErrorCode != null) {
            problem.put("engineErrorCode", engineErrorCode);
        }
        return problem;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ResourceConfigCustomizer engineRestProblemDetails(ObjectProvider<ProcessEngine> engine) {
            EngineRestErrors errors = new EngineRestErrors(engine::getObject);
            return config -> config.register(EngineRestProblemDetails.class)
                    .register(new EngineRestErrors.ForRestException(errors))
                    .register(new EngineRestErrors.ForProcessEngineException(errors))
                    .register(new EngineRestErrors.ForAnyOtherError(errors));
        }
    }
}
