package jp.bansou.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.bansou.BansouTest;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.NewConsultation;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Camunda Forms validate only in the browser: for every user task of every process, a completion through the
 * engine REST API with values its form forbids is refused with 400 naming the field, and nothing changes (the
 * task stays open, the process's variables stay as they were). The invalid values come from the task's own
 * deployed form: its required fields left out, or a text longer than its maximum.
 */
@BansouTest
class EngineRestFormValidationTest {

    static final List<String> PROCESSES = List.of("engagement", "enablement", "consultation", "over-cap-approval",
            "reverse-time-entry", "case-figures");
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    ConsultationService consultations;

    String caseNumber;
    long consultationId;

    @BeforeEach
    void aCaseUnderContractWithAConsultation() {
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 9, 30));
        caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 5));
        consultationId = consultations.receive(caseNumber, new NewConsultation("EMAIL", "2026-12-07T10:00:00+09:00",
                "client@example.jp", "相談 (A question)"), "consultant").id();
    }

    static Stream<String[]> userTasks() {
        return PROCESSES.stream().flatMap(process -> {
            BpmnModelInstance model = org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(
                    EngineRestFormValidationTest.class.getResourceAsStream("/processes/" + process + ".bpmn"));
            return model.getModelElementsByType(UserTask.class).stream()
                    .map(task -> new String[] {process, task.getId()});
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("userTasks")
    void aCompletionWithValuesTheFormForbidsIsRefusedAndChangesNothing(String process, String taskKey)
            throws Exception {
        ProcessInstance instance = runtime.createProcessInstanceByKey(process)
                .businessKey(process.equals("engagement") || process.equals("enablement") ? caseNumber : null)
                .setVariables(variables(process))
                .startBeforeActivity(taskKey)
                .execute();
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult();
        String user = task.getAssignee() != null ? task.getAssignee()
                : tasks.getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(link -> "managers".equals(link.getGroupId())) ? "manager" : "consultant";
        Map<String, Object> before = runtime.getVariables(instance.getId());
        Invalid invalid = invalidValuesFor(user, task.getId());

        ResponseEntity<String> response = submit(user, task.getId(), invalid.variables());

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(response.getBody()).path("detail").asText()).contains(invalid.field());
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();
        assertThat(runtime.getVariables(instance.getId())).isEqualTo(before);
        runtime.deleteProcessInstance(instance.getId(), "validation test");
    }

    Map<String, Object> variables(String process) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseNumber", caseNumber);
        variables.put("consultant", "consultant");
        variables.put("consultationId", consultationId);
        variables.put("recommendedPlan", "STANDARD");
        variables.put("termKind", "TRIAL");
        variables.put("initiator", "consultant");
        if (process.equals("case-figures")) {
            variables.put("month", "2026-12");
        }
        return variables;
    }

    /** The task's deployed form, read as the user: leave out its required fields, or overflow a text's maximum. */
    Invalid invalidValuesFor(String user, String taskId) throws Exception {
        JsonNode form = JSON.readTree(http.withBasicAuth(user, user)
                .getForObject("/engine-rest/task/" + taskId + "/deployed-form", String.class));
        for (JsonNode field : fields(form)) {
            if (field.path("validate").path("required").asBoolean() && !field.has("conditional")
                    && !field.path("readonly").asBoolean()) {
                return new Invalid(field.path("key").asText(), Map.of());
            }
        }
        for (JsonNode field : fields(form)) {
            if (field.path("validate").has("maxLength")) {
                String tooLong = "x".repeat(field.path("validate").path("maxLength").asInt() + 1);
                return new Invalid(field.path("key").asText(), Map.of(field.path("key").asText(), Map.of("value", tooLong)));
            }
        }
        throw new AssertionError("the form of task " + taskId + " declares nothing to validate");
    }

    static List<JsonNode> fields(JsonNode form) {
        List<JsonNode> fields = new java.util.ArrayList<>();
        collect(form.path("components"), fields);
        return fields;
    }

    static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            collect(component.path("components"), into);
        }
    }

    ResponseEntity<String> submit(String user, String taskId, Map<String, Object> variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new HttpEntity<>(Map.of("variables", variables), headers), String.class);
    }

    record Invalid(String field, Map<String, Object> variables) {
    }
}
