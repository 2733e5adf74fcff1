package jp.bansou.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jp.bansou.BansouTest;
import jp.bansou.enablement.EnablementProcess;
import jp.bansou.enablement.StageGateProcess;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The self-propulsion trend of {@code GET /api/board/cases/{caseNumber}}: a STANDARD case signed for 2031-04 (a
 * year no other test uses) driven through its four stages, with hours booked each month, the support weight
 * planned for June and July on the self-propulsion work task and the client's review cycles recorded there.
 */
@BansouTest
class CaseTrendApiTest {

    static final LocalDate START = LocalDate.of(2031, 4, 1);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    HourLedger ledger;

    String caseNumber;

    @Test
    void plannedSupportWeightHoursUsedAndClientRunReviewsByMonth() {
        at(2031, 3, 24);
        caseNumber = fixture.signedContract(Plan.STANDARD, START);
        at(2031, 4, 20);
        book(LocalDate.of(2031, 4, 10), 600);
        book(LocalDate.of(2031, 4, 17), 540);
        at(2031, 5, 20);
        book(LocalDate.of(2031, 5, 12), 480);
        passDialogueInsightAndBuyIn();

        at(2031, 6, 10);
        record("SUPPORT_WEIGHT", Map.of("month", "2031-06", "plannedHours", 12));
        record("SUPPORT_WEIGHT", Map.of("month", "2031-06", "plannedHours", 10)); // the latest plan counts
        record("SUPPORT_WEIGHT", Map.of("month", "2031-07", "plannedHours", 6));
        record("REVIEW_CYCLE", review("2031-06-03", false));
        record("REVIEW_CYCLE", review("2031-06-09", true));
        record("REVIEW_CYCLE", review("2031-06-10", true));
        book(LocalDate.of(2031, 6, 9), 300);
        at(2031, 7, 15);
        record("REVIEW_CYCLE", review("2031-07-14", true));
        book(LocalDate.of(2031, 7, 14), 120);

        ResponseEntity<JsonNode> response = rest.withBasicAuth("manager", "manager")
                .getForEntity("/api/board/cases/" + caseNumber, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode months = response.getBody().path("months");

        assertThat(months).hasSize(12);
        assertThat(months.get(0).path("month").asText()).isEqualTo("2030-08");
        assertMonth(months.get(7), "2031-03", 0, 0, null, 0, 0);
        assertMonth(months.get(8), "2031-04", 1440, 1140, null, 0, 0);
        assertMonth(months.get(9), "2031-05", 1440, 480, null, 0, 0);
        assertMonth(months.get(10), "2031-06", 1440, 300, 10, 3, 2);
        assertMonth(months.get(11), "2031-07", 1440, 120, 6, 1, 1);
    }

    private static void assertMonth(JsonNode month, String name, int cap, int used, Integer planned, int reviews,
            int withoutConsultant) {
        assertThat(month.path("month").asText()).isEqualTo(name);
        assertThat(month.path("capMinutes").asInt()).as(name + " cap").isEqualTo(cap);
        assertThat(month.path("usedMinutes").asInt()).as(name + " used").isEqualTo(used);
        if (planned == null) {
            assertThat(month.hasNonNull("plannedSupportHours")).as(name + " planned").isFalse();
        } else {
            assertThat(month.path("plannedSupportHours").asInt()).as(name + " planned").isEqualTo(planned);
        }
        assertThat(month.path("reviewCycles").asInt()).as(name + " reviews").isEqualTo(reviews);
        assertThat(month.path("reviewCyclesWithoutConsultant").asInt()).as(name + " client alone")
                .isEqualTo(withoutConsultant);
    }

    private void passDialogueInsightAndBuyIn() {
        String today = TestClock.todayTokyo().toString();
        work(EnablementProcess.TASK_DIALOGUE_WORK, "STAKEHOLDER_HEARING", Map.of("stakeholder", "佐藤 社長 (CEO)", "stakeholderRole", "MANAGEMENT",
                "heldOn", today, "notes", "会議で何も決まらない (Meetings decide nothing)"));
        work(EnablementProcess.TASK_DIALOGUE_WORK, "STAKEHOLDER_HEARING", Map.of("stakeholder", "田中 課長 (Team lead)", "stakeholderRole", "FIELD",
                "heldOn", today, "notes", "現場の声 (The field's view)"));
        work(EnablementProcess.TASK_DIALOGUE_WORK, "BLOCKAGE", Map.of("area", "BUSINESS_PROCESS",
                "blockage", "承認が社長に集中している (Every approval waits for the CEO)"));
        gate(EnablementProcess.TASK_DIALOGUE_WORK);
        work(EnablementProcess.TASK_INSIGHT_WORK, "DECISION_POINT", Map.of("question", "承認権限を委譲するか (Delegate approvals?)",
                "decisionOwner", "佐藤 社長 (CEO)", "options", "委譲する (Delegate)\n現状維持 (Keep as is)"));
        work(EnablementProcess.TASK_INSIGHT_WORK, "THEME_PRIORITY", Map.of("theme", "会議で決める (Meetings that decide)", "priority", 1,
                "agreedWith", "佐藤 社長 (CEO)", "agreedOn", today));
        gate(EnablementProcess.TASK_INSIGHT_WORK);
        work(EnablementProcess.TASK_BUY_IN_WORK, "ACTION", Map.of("action", "議題を前日までに共有 (Share the agenda the day before)",
                "owner", "田中 課長", "dueOn", TestClock.todayTokyo().plusDays(14).toString()));
        for (int i = 0; i < 2; i++) {
            work(EnablementProcess.TASK_BUY_IN_WORK, "ATTENDED_MEETING", Map.of("heldOn", today, "title", "部門会議 (Team meeting)",
                    "meetingNotes", "論点を絞った (Narrowed the issues)", "endedInDecision", "YES",
                    "decision", "来月から新しい承認フロー (New approval flow from next month)"));
        }
        gate(EnablementProcess.TASK_BUY_IN_WORK);
    }

    private void gate(String workTask) {
        work(workTask, "REQUEST_GATE", Map.of());
        fixture.complete(caseNumber, StageGateProcess.TASK_GATE_REVIEW, Map.of("outcome", "PASS",
                "gateNote", "クライアントと確認 (Reviewed with the client)", "clientAttendees", "佐藤 社長, 田中 課長"));
    }

    private void record(String item, Map<String, Object> values) {
        work(EnablementProcess.TASK_SELF_PROPELLED_WORK, item, values);
    }

    private void work(String task, String item, Map<String, Object> values) {
        Map<String, Object> submitted = new HashMap<>(values);
        submitted.put("workItem", item);
        fixture.complete(caseNumber, task, submitted);
    }

    private static Map<String, Object> review(String heldOn, boolean withoutConsultant) {
        return Map.of("heldOn", heldOn, "withoutConsultant", withoutConsultant ? "YES" : "NO",
                "notes", "月次レビュー (Monthly review)");
    }

    private void book(LocalDate workDate, int minutes) {
        ledger.record(new NewTimeEntry(caseNumber, "consultant", workDate, minutes, TimeEntryCategory.REVIEW, false,
                "作業 (Work)", "consultant"));
    }

    private static void at(int year, int month, int day) {
        TestClock.setTokyo(LocalDateTime.of(year, month, day, 10, 0));
    }
}
