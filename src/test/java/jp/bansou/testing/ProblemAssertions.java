package jp.bansou.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The service's answer to bad input: 400 as RFC 9457 problem details, naming the field at fault. */
public final class ProblemAssertions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemAssertions() {
    }

    /** A 400 problem whose {@code errors} name {@code field}; the body may be read as JSON, a map or a string. */
    public static void assertBadRequest(ResponseEntity<?> response, String field) {
        assertBadRequest(response, field, "");
    }

    /** As {@link #assertBadRequest(ResponseEntity, String)}, the field's message containing {@code message}. */
    public static void assertBadRequest(ResponseEntity<?> response, String field, String message) {
        JsonNode problem = body(response);
        assertThat(response.getStatusCode()).as(String.valueOf(problem)).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).as(String.valueOf(problem))
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(problem.path("status").asInt()).as(String.valueOf(problem)).isEqualTo(400);
        assertThat(problem.path("errors")).as(String.valueOf(problem)).anySatisfy(error -> {
            assertThat(error.path("field").asText()).isEqualTo(field);
            assertThat(error.path("message").asText()).contains(message);
        });
    }

    private static JsonNode body(ResponseEntity<?> response) {
        Object body = response.getBody();
        try {
            return body instanceof String text ? JSON.readTree(text) : JSON.valueToTree(body);
        } catch (Exception e) {
            throw new AssertionError("not a JSON body: " + body, e);
        }
    }
}
