package jp.bansou.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jp.bansou.enablement.EnablementProcess;
import jp.bansou.enablement.StageGateProcess;
import jp.bansou.consultation.ConsultationProcess;
import jp.bansou.engagement.CaseReassignment;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.MonthlyClose;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Two cases driven through the processes in 2029 (a year no other test uses), for the board and timeline tests:
 * case A (STANDARD from 2029-09-01, consultant) with a Dialogue gate held until 2029-09-20 and re-checked, a
 * September closed by the monthly close, and in October hours past 80 % with an entry held over the cap, a
 * reversal, a reply in time, a breached one escalated and an open one; case B (LIGHT, handed to consultant2) with
 * nothing to look at. "Today" is {@link #TODAY}.
 */
@TestComponent
class BoardScenario {

    static final LocalDateTime TODAY = LocalDateTime.of(2029, 10, 16, 10, 0);
    static final LocalDate START = LocalDate.of(2029, 9, 1);
    static final YearMonth SEPTEMBER = YearMonth.of(2029, 9);

    private final EngagementFixture fixture;
    private final HourLedger ledger;
    private final MonthlyClose close;
    private final CaseReassignment reassignment;
    private final RuntimeService runtime;
    private final ManagementService management;

    String caseA;
    String caseB;
    long reversedEntry;
    long reversal;
    long pendingEntry;

    BoardScenario(EngagementFixture fixture, HourLedger ledger, MonthlyClose close, CaseReassignment reassignment,
            RuntimeService runtime, ManagementService management) {
        this.fixture = fixture;
        this.ledger = ledger;
        this.close = close;
        this.reassignment = reassignment;
        this.runtime = runtime;
        this.management = management;
    }

    /** Built once per test context (the cases stay in the shared database). */
    synchronized void build(TestRestTemplate rest) {
        if (caseA != null) {
            return;
        }
        TestClock.setTokyo(LocalDateTime.of(2029, 8, 24, 10, 0));
        caseA = fixture.signedContract(Plan.STANDARD, START);
        caseB = fixture.signedContract(Plan.LIGHT, START);
        reassignment.reassign(caseB, "consultant2");

        at(2029, 9, 10, 10, 0);
        fixture.complete(caseA, EnablementProcess.TASK_DIALOGUE_WORK, Map.of("workItem", "STAKEHOLDER_HEARING",
                "stakeholder", "佐藤 社長 (CEO Sato)", "stakeholderRole", "MANAGEMENT", "heldOn", "2029-09-10",
                "notes", "現場との認識差 (Gap with the field)"));
        fixture.complete(caseA, EnablementProcess.TASK_DIALOGUE_WORK, Map.of("workItem", "REQUEST_GATE"));
        fixture.complete(caseA, StageGateProcess.TASK_GATE_REVIEW, Map.of("outcome", "HOLD",
                "gateNote", "現場の声がまだ (The field not heard yet)", "recheckOn", "2029-09-20"));
        at(2029, 9, 12, 17, 0);
        book(caseA, LocalDate.of(2029, 9, 12), 600, TimeEntryCategory.ISSUE_MAPPING);
        at(2029, 9, 18, 10, 5);
        long september = receive(rest, caseA, "2029-09-18T10:00:00+09:00");
        at(2029, 9, 19, 12, 0);
        reply(rest, september);
        at(2029, 9, 20, 9, 0);
        fireDue(gateInstance(caseA), StageGateProcess.EVENT_RECHECK);

        at(2029, 10, 1, 0, 10);
        close.close(SEPTEMBER);

        at(2029, 10, 1, 12, 0);
        reversedEntry = book(caseA, LocalDate.of(2029, 10, 1), 60, TimeEntryCategory.PREPARATION);
        reversal = ledger.reverse(caseA, reversedEntry, "二重登録 (Recorded twice)", "consultant").id();
        at(2029, 10, 11, 10, 5);
        long breached = receive(rest, caseA, "2029-10-11T10:00:00+09:00");
        long inTime = receive(rest, caseA, "2029-10-11T10:01:00+09:00");
        at(2029, 10, 12, 9, 30);
        reply(rest, inTime);
        at(2029, 10, 12, 18, 0);
        fireDue(consultationInstance(caseA, breached), ConsultationProcess.EVENT_REPLY_OVERDUE);
        at(2029, 10, 16, 9, 5);
        receive(rest, caseA, "2029-10-16T09:00:00+09:00");
        at(2029, 10, 16, 9, 30);
        book(caseA, LocalDate.of(2029, 10, 15), 1200, TimeEntryCategory.MEETING);
        pendingEntry = book(caseA, LocalDate.of(2029, 10, 15), 300, TimeEntryCategory.REVIEW);
        TestClock.setTokyo(TODAY);
        for (String caseNumber : new String[] {caseA, caseB}) {
            fireDue(enablementInstance(caseNumber), EnablementProcess.EVENT_NEXT_MEETING);
        }
    }

    /** The consultation minutes booked by a reply (20), in A's months. */
    static final int REPLY_MINUTES = 20;

    private long book(String caseNumber, LocalDate workDate, int minutes, TimeEntryCategory category) {
        return ledger.record(new NewTimeEntry(caseNumber, "consultant", workDate, minutes, category, false,
                "作業 (Work)", "consultant")).id();
    }

    private static long receive(TestRestTemplate rest, String caseNumber, String receivedAt) {
        JsonNode created = post(rest, "/api/engagements/" + caseNumber + "/consultations", """
                {"channel": "EMAIL", "receivedAt": "%s", "sender": "佐藤 花子 <hanako@client.example>",
                 "subject": "評価制度の見直し (Reviewing the appraisal system)"}""".formatted(receivedAt));
        return created.path("id").asLong();
    }

    private static void reply(TestRestTemplate rest, long consultation) {
        post(rest, "/api/consultations/" + consultation + "/reply",
                "{\"minutes\": " + REPLY_MINUTES + ", \"summary\": \"論点を整理して返信 (Replied with the issues sorted)\"}");
    }

    private static JsonNode post(TestRestTemplate rest, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = rest.withBasicAuth("consultant", "consultant")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(path + ": " + response.getStatusCode() + " " + response.getBody());
        }
        return response.getBody();
    }

    /** The case's open stage gate, called by its enablement flow. */
    String gateInstance(String caseNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(StageGateProcess.PROCESS_ID)
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    String enablementInstance(String caseNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("enablement")
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private String consultationInstance(String caseNumber, long consultation) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber + "/" + consultation)
                .singleResult().getId();
    }

    /** Executes the timers at {@code activityId} that are due now, as the job executor would, until none is. */
    private void fireDue(String processInstanceIdOrCase, String activityId) {
        String processInstanceId = processInstanceIdOrCase.startsWith("C-")
                ? enablementInstance(processInstanceIdOrCase) : processInstanceIdOrCase;
        int fired = 0;
        for (Job job; (job = management.createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).executable().singleResult()) != null; ) {
            management.executeJob(job.getId());
            if (++fired > 20) {
                throw new AssertionError("timer " + activityId + " keeps being due");
            }
        }
        if (fired == 0) {
            throw new AssertionError("no due timer at " + activityId);
        }
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        TestClock.setTokyo(LocalDateTime.of(year, month, day, hour, minute));
    }
}
