package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.bansou.BansouTest;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.testing.EngagementFixture;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The engine REST API answers what a client did wrong with a 4xx problem detail, never a 500: a task that does
 * not exist (404), a task someone else completed first (409), variables the engine refuses to store (400).
 */
@BansouTest
class EngineRestErrorsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    String caseNumber;
    Task hearing;

    @BeforeEach
    void aCaseAtItsHearing() {
        caseNumber = fixture.inquiry();
        hearing = fixture.task(caseNumber, EngagementProcess.TASK_HEARING);
        tasks.claim(hearing.getId(), "consultant");
    }

    ResponseEntity<JsonNode> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("consultant", "consultant").postForEntity("/engine-rest" + path,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String detail) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().path("detail").asText()).contains(detail);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"submit-form", "complete"})
    void aTaskThatNeverExistedIsNotFound(String action) {
        assertProblem(post("/task/no-such-task/" + action, Map.of("variables", Map.of())), HttpStatus.NOT_FOUND,
                "no-such-task");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"submit-form", "complete"})
    void aTaskSomeoneElseCompletedIsAConflict(String action) {
        fixture.complete(caseNumber, EngagementProcess.TASK_HEARING, EngagementFixture.standardHearing());

        assertProblem(post("/task/" + hearing.getId() + "/" + action, Map.of("variables", Map.of())),
                HttpStatus.CONFLICT, "already completed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"currentSituation\": ", "[1, 2", "not json at all"})
    void aMalformedJsonVariableIsABadRequest(String malformed) {
        Map<String, Object> before = runtime.getVariables(hearing.getProcessInstanceId());

        ResponseEntity<JsonNode> response = post("/task/" + hearing.getId() + "/submit-form", Map.of("variables",
                Map.of("requestedWork", Map.of("value", malformed, "type", "Json"))));

        assertProblem(response, HttpStatus.BAD_REQUEST, "requestedWork");
        assertThat(tasks.createTaskQuery().taskId(hearing.getId()).count()).isOne();
        assertThat(runtime.getVariables(hearing.getProcessInstanceId())).isEqualTo(before);
    }

    @Test
    void aJavaSerializedObjectVariableIsABadRequest() {
        Map<String, Object> before = runtime.getVariables(hearing.getProcessInstanceId());
        Map<String, Object> javaObject = Map.of("value", "rO0ABXQAA2FiYw==", "type", "Object", "valueInfo", Map.of(
                "objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object"));

        ResponseEntity<JsonNode> response = post("/task/" + hearing.getId() + "/submit-form",
                Map.of("variables", Map.of("payload", javaObject)));

        assertProblem(response, HttpStatus.BAD_REQUEST, "payload");
        assertThat(tasks.createTaskQuery().taskId(hearing.getId()).count()).isOne();
        assertThat(runtime.getVariables(hearing.getProcessInstanceId())).isEqualTo(before);
    }

    @Test
    void theEngineRestApiStillReadsItsOwnTypesLeniently() throws Exception {
        // Its ObjectMapper is not the service's strict one: the engine's documented "value as text" still works.
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        http.withBasicAuth("consultant", "consultant").put("/engine-rest/task/" + hearing.getId() + "/localVariables/n",
                new HttpEntity<>(JSON.readTree("{\"value\": \"42\", \"type\": \"Integer\"}"), headers));
        assertThat(tasks.getVariableLocal(hearing.getId(), "n")).isEqualTo(42);
    }

    @Test
    void anUnknownEngineResourceIsStillTheEnginesOwn404() {
        ResponseEntity<JsonNode> response = http.withBasicAuth("consultant", "consultant")
                .getForEntity("/engine-rest/task/no-such-task", JsonNode.class);

        assertProblem(response, HttpStatus.NOT_FOUND, "no-such-task");
        assertThat(response.getBody().path("engineErrorType").asText()).isEqualTo("InvalidRequestException");
    }
}
