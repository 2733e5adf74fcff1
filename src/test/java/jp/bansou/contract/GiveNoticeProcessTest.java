package jp.bansou.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.bansou.BansouTest;
import jp.bansou.plan.Plan;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
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

/** {@code give-notice.bpmn}: Tasklist's 解約・見直しの申し出 (Give a notice), with the rules of the notices API. */
@BansouTest
class GiveNoticeProcessTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ContractService contracts;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    FormService forms;
    @Autowired
    RepositoryService repository;
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

    Map<String, Object> cancellation() {
        Map<String, Object> values = new HashMap<>();
        values.put("caseNumber", caseNumber);
        values.put("kind", "CANCELLATION");
        values.put("party", "CLIENT");
        values.put("noticeDate", "2026-12-07");
        values.put("reason", "社内で自走できる見込み (The client expects to run on its own)");
        return values;
    }

    ProcessInstance startAs(String user, String group, Map<String, Object> values) {
        identity.setAuthentication(user, List.of(group));
        try {
            String definitionId = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(GiveNoticeProcess.PROCESS_ID).latestVersion().singleResult().getId();
            return forms.submitStartForm(definitionId, values);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void theConsultantGivesACancellationThatTakesEffectAMonthLater() {
        ProcessInstance started = startAs("consultant", "consultants", cancellation());

        assertThat(started).isEnded().hasPassed(GiveNoticeProcess.TASK_RECORD_NOTICE, GiveNoticeProcess.END_NOTICE_GIVEN);
        Assertions.assertThat(started.getBusinessKey()).isEqualTo(caseNumber);
        Assertions.assertThat(contracts.notices(caseNumber)).singleElement().satisfies(notice -> {
            Assertions.assertThat(notice.kind()).isEqualTo(NoticeKind.CANCELLATION);
            Assertions.assertThat(notice.party()).isEqualTo(Party.CLIENT);
            Assertions.assertThat(notice.noticeDate()).isEqualTo(LocalDate.of(2026, 12, 7));
            Assertions.assertThat(notice.effectiveOn()).isEqualTo(LocalDate.of(2027, 1, 7));
            Assertions.assertThat(notice.recordedBy()).isEqualTo("consultant");
        });
        Assertions.assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(started.getId()).list())
                .extracting(v -> v.getName()).containsExactlyInAnyOrder("caseNumber", "organisation", "initiator", GiveNoticeProcess.NOTICE_ID);
    }

    @Test
    void aManagerGivesARevisionWithItsNewPlanAndEffectiveDate() {
        Map<String, Object> revision = cancellation();
        revision.put("kind", "REVISION");
        revision.put("party", "FIRM");
        revision.put("newPlan", "LIGHT");
        revision.put("effectiveOn", "2027-02-01");

        assertThat(startAs("manager", "managers", revision)).isEnded();

        Assertions.assertThat(contracts.notices(caseNumber)).singleElement().satisfies(notice -> {
            Assertions.assertThat(notice.kind()).isEqualTo(NoticeKind.REVISION);
            Assertions.assertThat(notice.newPlan()).isEqualTo(Plan.LIGHT);
            Assertions.assertThat(notice.effectiveOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        });
    }

    @Test
    void whatTheApiRefusesIsRefusedAndNothingIsRecorded() {
        Map<String, Object> noPlan = cancellation();
        noPlan.put("kind", "REVISION");
        assertThatThrownBy(() -> startAs("consultant", "consultants", noPlan))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("newPlan: a revision needs the new plan");
        Map<String, Object> tooEarly = cancellation();
        tooEarly.put("effectiveOn", "2026-12-20");
        assertThatThrownBy(() -> startAs("consultant", "consultants", tooEarly))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("effectiveOn: must not be earlier than 2027-01-07");
        Map<String, Object> incomplete = cancellation();
        incomplete.remove("reason");
        incomplete.put("party", "NEIGHBOUR");
        assertThatThrownBy(() -> startAs("consultant", "consultants", incomplete))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("party: must be one of")
                .hasMessageContaining("reason: is required");
        assertThatThrownBy(() -> startAs("consultant2", "consultants", cancellation()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber: consultant2 is not the consultant of " + caseNumber);

        Assertions.assertThat(contracts.notices(caseNumber)).isEmpty();
    }

    @Test
    void throughTheEngineRestApiABadNoticeIs400AndStartsNothing() throws Exception {
        long started = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(GiveNoticeProcess.PROCESS_ID).count();
        Map<String, Object> variables = new HashMap<>();
        cancellation().forEach((key, value) -> variables.put(key, Map.of("value", value)));
        variables.put("noticeDate", Map.of("value", "2026-11-01"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> response = http.withBasicAuth("consultant", "consultant").postForEntity(
                "/engine-rest/process-definition/key/" + GiveNoticeProcess.PROCESS_ID + "/submit-form",
                new HttpEntity<>(Map.of("variables", variables), headers), String.class);

        Assertions.assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        Assertions.assertThat(JSON.readTree(response.getBody()).path("detail").asText())
                .contains("noticeDate: must not be earlier than");
        Assertions.assertThat(contracts.notices(caseNumber)).isEmpty();
        Assertions.assertThat(history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(GiveNoticeProcess.PROCESS_ID).count()).isEqualTo(started);
    }
}
