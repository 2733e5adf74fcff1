package jp.bansou.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.bansou.BansouTest;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.TimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The Tasklist start forms of the small processes, submitted through the engine REST API as Tasklist does:
 * what the service's API refuses is refused with 400 naming the field, and no process starts.
 */
@BansouTest
class EngineRestStartFormValidationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;
    @Autowired
    HourLedger ledger;

    String caseNumber;

    @BeforeEach
    void aCaseUnderContract() {
        TestClock.setTokyo(LocalDate.of(2026, 12, 7));
        caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
    }

    ResponseEntity<String> submit(String user, String path, Map<String, Object> values) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> variables = new HashMap<>();
        values.forEach((key, value) -> variables.put(key, Map.of("value", value)));
        return http.withBasicAuth(user, user).postForEntity("/engine-rest/" + path,
                new HttpEntity<>(Map.of("variables", variables), headers), String.class);
    }

    void assertRefused(ResponseEntity<String> response, String detail) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(response.getBody()).path("detail").asText()).contains(detail);
    }

    @ParameterizedTest(name = "{0} as {1} with {2}={3}: {4}")
    @CsvSource(delimiter = '|', value = {
            "reverse-time-entry | consultant  | caseNumber |              | caseNumber: is required",
            "reverse-time-entry | consultant2 | caseNumber | CASE         | caseNumber: consultant2 is not the consultant of",
            "reverse-time-entry | consultant  | caseNumber | CASE         | has no entry in 2026-12 that can be reversed",
            "case-figures       | consultant  | month      | 2026/12      | month: invalid value '2026/12'",
            "case-figures       | consultant  | caseNumber | C-1999-0001  | caseNumber: there is no case C-1999-0001",
            "case-figures       | consultant2 | caseNumber | CASE         | caseNumber: consultant2 is not the consultant of"})
    void aBadStartIsRefusedAndStartsNothing(String process, String user, String field, String value, String detail)
            throws Exception {
        Map<String, Object> values = new HashMap<>(Map.of("caseNumber", caseNumber, "month", "2026-12"));
        if (value == null) {
            values.remove(field);
        } else {
            values.put(field, value.equals("CASE") ? caseNumber : value);
        }

        long started = history.createHistoricProcessInstanceQuery().processDefinitionKey(process).count();

        assertRefused(submit(user, "process-definition/key/" + process + "/submit-form", values), detail);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(process).count()).isEqualTo(started);
    }

    /** {@code /start} (not {@code /submit-form}), whose errors the engine REST API wraps as its own 500. */
    @Test
    void anInquiryStartedWithoutItsFieldsIsRefusedAndStartsNothing() throws Exception {
        long started = history.createHistoricProcessInstanceQuery().processDefinitionKey("engagement").count();

        assertRefused(submit("consultant", "process-definition/key/engagement/start", Map.of("caseNumber", caseNumber)),
                "contactName: must not be blank");
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("engagement").count())
                .isEqualTo(started);
    }

    @Test
    void aReversalTheApiRefusesIsRefusedFromTheTaskFormAndTheTaskStaysOpen() throws Exception {
        TimeEntry entry = ledger.record(new NewTimeEntry(caseNumber, "consultant", LocalDate.of(2026, 12, 4), 60,
                TimeEntryCategory.REVIEW, false, null, "consultant"));
        ResponseEntity<String> started = submit("consultant", "process-definition/key/reverse-time-entry/submit-form",
                Map.of("caseNumber", caseNumber));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String instanceId = JSON.readTree(started.getBody()).path("id").asText();
        Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
        ledger.reverse(caseNumber, entry.id(), null, "consultant");

        assertRefused(submit("consultant", "task/" + task.getId() + "/submit-form",
                Map.of("entryId", String.valueOf(entry.id()))), "entryId: entry " + entry.id() + " was already reversed");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(ledger.get(caseNumber, entry.id()).reversedBy()).isNotNull();
        assertThat(ledger.balance(caseNumber, YearMonth.of(2026, 12)).usedMinutes()).isZero();
    }
}
