package jp.bansou.engagement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.bansou.BansouTest;
import jp.bansou.plan.Plan;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code reassign-case.bpmn}: Tasklist's 担当交代 (Hand a case to another consultant), for managers only. */
@BansouTest
class ReassignCaseProcessTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EngagementFixture fixture;
    @Autowired
    EngagementService engagements;
    @Autowired
    FormService forms;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate http;

    String caseNumber;

    @BeforeEach
    void aCaseUnderContract() {
        TestClock.setTokyo(LocalDate.of(2026, 12, 7));
        caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
    }

    ProcessInstance startAs(String user, String group, Map<String, Object> values) {
        identity.setAuthentication(user, List.of(group));
        try {
            String definitionId = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(ReassignCaseProcess.PROCESS_ID).latestVersion().singleResult().getId();
            return forms.submitStartForm(definitionId, values);
        } finally {
            identity.clearAuthentication();
        }
    }

    ResponseEntity<String> submitStartForm(String user, Map<String, Object> variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).postForEntity(
                "/engine-rest/process-definition/key/" + ReassignCaseProcess.PROCESS_ID + "/submit-form",
                new HttpEntity<>(Map.of("variables", variables), headers), String.class);
    }

    int openTasksOf(String user) throws Exception {
        return JSON.readTree(http.withBasicAuth("manager", "manager").getForObject(
                "/engine-rest/task/count?assignee=" + user + "&processInstanceBusinessKey=" + caseNumber, String.class))
                .path("count").asInt();
    }

    @Test
    void aManagerHandsTheCaseWithItsTasksToAnotherConsultant() {
        ProcessInstance started = startAs("manager", "managers",
                Map.of("caseNumber", caseNumber, "consultant", "consultant2"));

        assertThat(started).isEnded().hasPassed(ReassignCaseProcess.TASK_REASSIGN, ReassignCaseProcess.END_REASSIGNED);
        Assertions.assertThat(started.getBusinessKey()).isEqualTo(caseNumber);
        Assertions.assertThat(engagements.get(caseNumber).consultant()).isEqualTo("consultant2");
        Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(EngagementProcess.PROCESS_ID).list())
                .allSatisfy(instance -> Assertions.assertThat(runtime.getVariable(instance.getId(),
                        EngagementProcess.CONSULTANT)).isEqualTo("consultant2"));
        Assertions.assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(started.getId())
                .variableName(ReassignCaseProcess.PREVIOUS_CONSULTANT).singleResult().getValue())
                .isEqualTo("consultant");
        Assertions.assertThat(http.withBasicAuth("consultant2", "consultant2")
                .getForEntity("/api/engagements/" + caseNumber, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(http.withBasicAuth("consultant", "consultant")
                .getForEntity("/api/engagements/" + caseNumber, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theOpenTasksOfTheCaseMoveThroughTheEngineRestApiToo() throws Exception {
        int open = openTasksOf("consultant");
        Assertions.assertThat(open).as("the consultant has open tasks on the case").isPositive();

        ResponseEntity<String> response = submitStartForm("manager", Map.of(
                "caseNumber", Map.of("value", caseNumber), "consultant", Map.of("value", "consultant2")));

        Assertions.assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(openTasksOf("consultant")).isZero();
        Assertions.assertThat(openTasksOf("consultant2")).isEqualTo(open);
    }

    @Test
    void aConsultantMayNotStartIt() {
        assertThatThrownBy(() -> startAs("consultant", "consultants",
                Map.of("caseNumber", caseNumber, "consultant", "consultant2")))
                .isInstanceOf(AuthorizationException.class);
        ResponseEntity<String> response = submitStartForm("consultant", Map.of(
                "caseNumber", Map.of("value", caseNumber), "consultant", Map.of("value", "consultant2")));

        Assertions.assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(engagements.get(caseNumber).consultant()).isEqualTo("consultant");
    }

    @Test
    void badValuesAreRefusedWith400AndChangeNothing() throws Exception {
        long instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReassignCaseProcess.PROCESS_ID).count();

        ResponseEntity<String> notAConsultant = submitStartForm("manager", Map.of(
                "caseNumber", Map.of("value", caseNumber), "consultant", Map.of("value", "manager")));
        ResponseEntity<String> unknownCase = submitStartForm("manager", Map.of(
                "caseNumber", Map.of("value", "C-1999-0001"), "consultant", Map.of("value", "consultant2")));
        ResponseEntity<String> noConsultant = submitStartForm("manager", Map.of(
                "caseNumber", Map.of("value", caseNumber)));

        for (var response : List.of(notAConsultant, unknownCase, noConsultant)) {
            Assertions.assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            Assertions.assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        Assertions.assertThat(JSON.readTree(notAConsultant.getBody()).path("detail").asText())
                .contains("consultant: 'manager' is not a user of the group consultants");
        Assertions.assertThat(JSON.readTree(unknownCase.getBody()).path("detail").asText())
                .contains("caseNumber: there is no case C-1999-0001");
        Assertions.assertThat(JSON.readTree(noConsultant.getBody()).path("detail").asText())
                .contains("consultant: is required");
        Assertions.assertThat(engagements.get(caseNumber).consultant()).isEqualTo("consultant");
        Assertions.assertThat(history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReassignCaseProcess.PROCESS_ID).count()).isEqualTo(instances);
        assertThatThrownBy(() -> startAs("manager", "managers", Map.of("caseNumber", caseNumber,
                "consultant", "nobody")))
                .isInstanceOf(InvalidInputException.class);
    }
}
