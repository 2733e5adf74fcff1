package jp.bansou.enablement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.engagement.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/engagements/{caseNumber}/enablement}. */
@BansouTest
class EnablementApiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    TestRestTemplate http;
    @Autowired
    EngagementFixture fixture;

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
        fixture.complete(caseNumber, "Task_StakeholderHearing", Map.of("stakeholder", "佐藤 社長",
                "stakeholderRole", "MANAGEMENT", "heldOn", TODAY.toString(), "notes", "n"));
        fixture.complete(caseNumber, "Task_DialogueRequestGate", Map.of());
        fixture.complete(caseNumber, "Task_DialogueGateReview", Map.of("outcome", "PASS", "gateNote", "g",
                "overrideRequest", "現場は次で聞く (The field next)"));
        fixture.completeAs("manager", caseNumber, "Task_DialogueOverride", Map.of("overrideDecision", "APPROVE",
                "overrideReason", "社長の意向 (The CEO's wish)"));
        fixture.complete(caseNumber, "Task_InsightRequestGate", Map.of());
        fixture.complete(caseNumber, "Task_InsightGateReview", Map.of("outcome", "HOLD", "gateNote", "g",
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
}
