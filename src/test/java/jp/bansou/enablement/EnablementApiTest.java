package jp.bansou.enablement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.engagement.CaseReassignment;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/engagements/{caseNumber}/enablement}. */
@BansouTest
class EnablementApiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    TestRestTemplate http;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    EnablementService enablement;
    @Autowired
    CaseReassignment reassignment;

    String caseNumber;

    @BeforeEach
    void signed() {
        TestClock.setTokyo(TODAY);
        caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
    }

    ResponseEntity<Map> get(String user, String caseNumber) {
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, user);
        return client.getForEntity("/api/engagements/" + caseNumber + "/enablement", Map.class);
    }

    /** Dialogue passed by a manager's override, then Insight held. */
    void twoGates() {
        fixture.complete(caseNumber, EnablementProcess.TASK_DIALOGUE_WORK, Map.of("workItem", "STAKEHOLDER_HEARING",
                "stakeholder", "佐藤 社長", "stakeholderRole", "MANAGEMENT", "heldOn", TODAY.toString(), "notes", "n"));
        fixture.complete(caseNumber, EnablementProcess.TASK_DIALOGUE_WORK, Map.of("workItem", "REQUEST_GATE"));
        fixture.complete(caseNumber, StageGateProcess.TASK_GATE_REVIEW, Map.of("outcome", "PASS", "gateNote", "g",
                "overrideRequest", "現場は次で聞く (The field next)"));
        fixture.completeAs("manager", caseNumber, StageGateProcess.TASK_GATE_OVERRIDE, Map.of("overrideDecision", "APPROVE",
                "overrideReason", "社長の意向 (The CEO's wish)"));
        fixture.complete(caseNumber, EnablementProcess.TASK_INSIGHT_WORK, Map.of("workItem", "REQUEST_GATE"));
        fixture.complete(caseNumber, StageGateProcess.TASK_GATE_REVIEW, Map.of("outcome", "HOLD", "gateNote", "g",
                "recheckOn", "2026-12-07"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConsultantSeesTheStageAndEveryGate() {
        twoGates();

        ResponseEntity<Map> response = get("consultant", caseNumber);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = response.getBody();
        assertThat(body).containsEntry("caseNumber", caseNumber).containsEntry("stage", "INSIGHT")
                .containsEntry("stageLabel", "気づき (Insight)").containsKey("startedAt").doesNotContainKey("endedAt");
        List<Map<String, Object>> gates = (List<Map<String, Object>>) body.get("gates");
        assertThat(gates).hasSize(2);
        assertThat(gates.get(0)).containsEntry("seq", 1).containsEntry("stage", "DIALOGUE")
                .containsEntry("outcome", "PASS").containsEntry("decidedOn", "2026-11-23")
                .containsEntry("criteriaMet", false).containsEntry("overrideDecision", "APPROVED")
                .containsEntry("overrideReason", "社長の意向 (The CEO's wish)").containsEntry("overrideBy", "manager")
                .containsEntry("unmetCriteria", List.of("現場の関係者から話を聞いた (Stakeholders from the field were heard)",
                        "詰まりが言語化されている (The blockages are written down)"));
        assertThat(gates.get(1)).containsEntry("stage", "INSIGHT").containsEntry("outcome", "HOLD")
                .containsEntry("recheckOn", "2026-12-07").containsEntry("checkedOn", "2026-11-23")
                .doesNotContainKey("overrideReason");
        assertThat((List<Map<String, Object>>) gates.get(1).get("criteria")).extracting(c -> c.get("code"))
                .containsExactly("DECISION_POINTS_WITH_OPTIONS", "FIRST_THEME_AGREED");
    }

    @Test
    void aManagerSeesItToo() {
        ResponseEntity<Map> response = get("manager", caseNumber);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("stage", "DIALOGUE").containsEntry("gates", List.of());
    }

    @Test
    void anotherConsultantIsRefused() {
        ResponseEntity<Map> response = get("consultant2", caseNumber);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void nobodyLoggedInIsRefused() {
        assertThat(get(null, caseNumber).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownCaseOrOneNotUnderContractIsNotFound() {
        ResponseEntity<Map> unknown = get("manager", "C-2026-9999");
        String inquiry = fixture.inquiry();
        ResponseEntity<Map> notYet = get("manager", inquiry);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("detail", "No case C-2026-9999");
        assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notYet.getBody()).containsEntry("detail", inquiry + " has not entered the enablement flow");
    }

    List<Map<String, Object>> engineRest(String user, String path) {
        return http.withBasicAuth(user, user).exchange("/engine-rest" + path, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    ResponseEntity<Map> submit(String user, String taskId, String variablesJson) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new HttpEntity<>("{\"variables\": " + variablesJson + "}", headers), Map.class);
    }

    @Test
    void inTasklistTheConsultantSeesTheFlowAndAGateReviewWithBadValuesIsRefusedWith400() {
        String instances = "/process-instance?processDefinitionKey=enablement&businessKey=" + caseNumber;
        assertThat(engineRest("consultant", instances)).hasSize(1);
        assertThat(engineRest("consultant2", instances)).isEmpty();
        List<Map<String, Object>> request = engineRest("consultant",
                "/task?processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey="
                        + EnablementProcess.TASK_DIALOGUE_WORK);
        assertThat(submit("consultant", (String) request.get(0).get("id"),
                "{\"workItem\": {\"value\": \"REQUEST_GATE\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        // the gate is a called instance of its own: the case's consultant sees it, and only they
        String gates = "/process-instance?processDefinitionKey=" + StageGateProcess.PROCESS_ID + "&businessKey="
                + caseNumber;
        assertThat(engineRest("consultant", gates)).hasSize(1);
        assertThat(engineRest("consultant2", gates)).isEmpty();
        String review = (String) engineRest("consultant", "/task?processInstanceBusinessKey=" + caseNumber
                + "&taskDefinitionKey=" + StageGateProcess.TASK_GATE_REVIEW).get(0).get("id");

        ResponseEntity<Map> noDate = submit("consultant", review,
                "{\"outcome\": {\"value\": \"HOLD\"}, \"gateNote\": {\"value\": \"g\"}}");
        ResponseEntity<Map> noNote = submit("consultant", review, "{\"outcome\": {\"value\": \"HOLD\"}, "
                + "\"recheckOn\": {\"value\": \"2026-12-01\"}}");

        assertThat(noDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) noDate.getBody().get("detail")).contains("recheckOn: is required (再確認日 (Re-check date))");
        assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) noNote.getBody().get("detail")).contains("gateNote: is required");
        assertThat(enablement.gates(caseNumber)).singleElement()
                .satisfies(gate -> assertThat(gate.isDecided()).isFalse());
    }

    @Test
    void theConsultantReadsTheHistoryOfTheirOwnCasesAndAnotherConsultantNothingOfIt() {
        twoGates();
        String instances = "/history/process-instance?processInstanceBusinessKey=" + caseNumber;
        String finishedTasks = "/history/task?processInstanceBusinessKey=" + caseNumber + "&finished=true";

        assertThat(engineRest("consultant", instances)).extracting(instance -> instance.get("processDefinitionKey"))
                .contains("engagement", "enablement", StageGateProcess.PROCESS_ID);
        assertThat(engineRest("consultant", finishedTasks)).extracting(task -> task.get("taskDefinitionKey"))
                .contains(EngagementProcess.TASK_HEARING, EnablementProcess.TASK_DIALOGUE_WORK, StageGateProcess.TASK_GATE_REVIEW, StageGateProcess.TASK_GATE_OVERRIDE);
        assertThat(engineRest("consultant2", instances)).isEmpty();
        assertThat(engineRest("consultant2", finishedTasks)).isEmpty();
        assertThat(engineRest("consultant2", "/history/activity-instance?processInstanceId="
                + engineRest("consultant", instances).get(0).get("id"))).isEmpty();

        reassignment.reassign(caseNumber, "consultant2");

        assertThat(engineRest("consultant2", finishedTasks)).isNotEmpty();
        assertThat(engineRest("consultant", instances)).isEmpty();
        assertThat(engineRest("manager", instances)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aReassignedCaseTakesItsFlowAlong() {
        reassignment.reassign(caseNumber, "consultant2");

        assertThat(get("consultant2", caseNumber).getBody()).containsEntry("consultant", "consultant2");
        assertThat(get("consultant", caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(fixture.task(caseNumber, EnablementProcess.TASK_DIALOGUE_WORK).getAssignee()).isEqualTo("consultant2");
        assertThat(engineRest("consultant2", "/process-instance?processDefinitionKey=enablement&businessKey="
                + caseNumber)).hasSize(1);
    }
}
