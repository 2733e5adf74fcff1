package jp.bansou.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.contract.ContractService;
import jp.bansou.contract.NoticeKind;
import jp.bansou.contract.NoticeRequest;
import jp.bansou.contract.Party;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.TimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A reply recorded after it was sent names when it was sent ({@code repliedAt}): the SLA is measured from then.
 * After the contract ended a reply is still recordable; its minutes are kept but not booked. Of two replies at once,
 * the one recorded first stands.
 */
@BansouTest
class ReplyRecordedByHandTest {

    static final Instant MONDAY_10 = tokyo(2026, 12, 7, 10, 0);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ContractService contracts;
    @Autowired
    HourLedger ledger;
    @Autowired
    ReplySlaReport sla;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    String caseNumber;
    long id;

    @BeforeEach
    void consultationReceivedMonday() {
        caseNumber = fixture.caseUnderContract(Plan.STANDARD);
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 5));
        id = consultations.receive(caseNumber, new NewConsultation("EMAIL", "2026-12-07T10:00:00+09:00",
                "hanako@client.example", "相談 (Question)"), "consultant").id();
    }

    @Test
    void aReplySentInTimeButRecordedAfterTheDueTimeIsNoBreach() {
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 9, 10, 0));

        ResponseEntity<Map> response = reply("consultant", 20, "2026-12-08T17:00:00+09:00");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<?, ?> reply = (Map<?, ?>) response.getBody().get("reply");
        assertThat(reply.get("repliedAt")).isEqualTo("2026-12-08T17:00:00+09:00");
        assertThat(reply.get("recordedAt")).isEqualTo("2026-12-09T10:00:00+09:00");
        assertThat(reply.get("channel")).isEqualTo("MANUAL");
        assertThat(reply.get("inTime")).isEqualTo(true);
        assertThat(reply.get("delayMinutes")).isNull();
        assertThat(reply.get("booked")).isEqualTo(true);
        assertThat(ledger.balance(caseNumber, YearMonth.of(2026, 12)).entries())
                .filteredOn(entry -> entry.category() == TimeEntryCategory.CONSULTATION)
                .singleElement().satisfies(entry -> assertThat(entry.workDate()).isEqualTo(LocalDate.of(2026, 12, 8)));
    }

    @Test
    void aLateReplyIsMeasuredFromWhenItWasSent() {
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 10, 10, 0));

        reply("consultant", 20, "2026-12-09T10:30:00+09:00");

        assertThat(consultations.get(id).reply().delayMinutes()).as("Wed 09:00-10:30").isEqualTo(90);
    }

    @Test
    void aReplyInTheFutureOrBeforeTheReceiptIsRefusedAndNothingIsRecorded() {
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 15, 0));

        ResponseEntity<Map> future = reply("consultant", 20, "2026-12-07T16:00:00+09:00");
        ResponseEntity<Map> before = reply("consultant", 20, "2026-12-07T09:59:00+09:00");

        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody().toString()).contains("repliedAt").contains("must not be in the future");
        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(before.getBody().toString()).contains("repliedAt").contains("must not be before");
        assertThat(consultations.get(id).reply()).isNull();
    }

    /**
     * Two replies at once: the one committed first stands. The other may already hold the reply task when the first
     * commits; its listener then finds the consultation answered. That loser gets 409, never the engine's wrapped
     * listener error (a 500), and writes nothing. The interleaving is set up here: the first reply is recorded while
     * the second still sees the task ({@code jp.bansou.faults.ParallelCommandsIT} races twenty for real).
     */
    @Test
    void aSecondReplyWhoseListenerFindsTheFirstRecordedGetsTheConflictItself() {
        Task replyTask = replyTaskAfterAFirstReplyOf15Minutes();

        assertThatThrownBy(() -> tasks.complete(replyTask.getId(),
                Map.of("minutes", 20, "summary", "後の返信 (The second reply)")))
                .isInstanceOf(AlreadyRepliedException.class)
                .hasMessageContaining("already answered");

        assertThat(consultations.get(id).reply().summary()).isEqualTo("先に届いた返信 (The first reply)");
        assertThat(tasks.createTaskQuery().taskId(replyTask.getId()).count()).as("the task, rolled back").isOne();
        assertThat(consultationMinutesBooked()).as("only the first reply's minutes").isEqualTo(15);
    }

    @Test
    void throughTheEngineRestApiTheSecondReplyIsAConflict() {
        Task replyTask = replyTaskAfterAFirstReplyOf15Minutes();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = rest.withBasicAuth("consultant", "consultant").postForEntity(
                "/engine-rest/task/" + replyTask.getId() + "/complete", new HttpEntity<>("""
                        {"variables": {"minutes": {"value": 20}, "summary": {"value": "後の返信 (The second reply)"}}}""",
                        headers), String.class);

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody()).contains("already answered");
        assertThat(consultationMinutesBooked()).isEqualTo(15);
    }

    /** The reply task as a second reply read it, before a first reply was recorded. */
    Task replyTaskAfterAFirstReplyOf15Minutes() {
        Task replyTask = tasks.createTaskQuery().processInstanceId(consultations.get(id).processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_REPLY).singleResult();
        consultations.recordReply(id, 15, "先に届いた返信 (The first reply)", "consultant");
        return replyTask;
    }

    int consultationMinutesBooked() {
        return ledger.balance(caseNumber, YearMonth.of(2026, 12)).entries().stream()
                .filter(entry -> entry.category() == TimeEntryCategory.CONSULTATION)
                .mapToInt(TimeEntry::minutes).sum();
    }

    @Test
    void aReplyAfterTheContractEndedIsRecordedCountedAndNotBooked() {
        contracts.giveNotice(caseNumber, new NoticeRequest(NoticeKind.CANCELLATION, Party.CLIENT,
                LocalDate.of(2026, 12, 7), "予算の都合 (Budget)", null), "consultant");
        Job effective = management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber).processDefinitionKey(EngagementProcess.PROCESS_ID).singleResult().getId())
                .activityId(EngagementProcess.EVENT_NOTICE_EFFECTIVE).singleResult();
        TestClock.setTokyo(ZonedDateTime.ofInstant(effective.getDuedate().toInstant(), BusinessTime.ZONE)
                .toLocalDateTime().plusHours(10));
        management.executeJob(effective.getId());
        assertThat(contracts.findContract(caseNumber).orElseThrow().endedOn()).isNotNull();

        ResponseEntity<Map> response = reply("consultant", 30, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<?, ?> reply = (Map<?, ?>) response.getBody().get("reply");
        assertThat(reply.get("booked")).isEqualTo(false);
        assertThat((String) reply.get("reason")).contains("ended on");
        assertThat(reply.get("minutes")).isEqualTo(30);
        assertThat(sla.figures(caseNumber, YearMonth.of(2026, 12))).satisfies(figures -> {
            assertThat(figures.consultations()).isEqualTo(1);
            assertThat(figures.open()).isZero();
            assertThat(figures.breached()).isEqualTo(1);
        });
        Consultation replied = consultations.get(id);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(replied.processInstanceId()).count())
                .as("nothing left open").isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(replied.processInstanceId()).count()).isZero();
    }

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> reply(String user, Integer minutes, String repliedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("minutes", minutes);
        body.put("summary", "返信しました (Replied)");
        if (repliedAt != null) {
            body.put("repliedAt", repliedAt);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, user);
        return rest.exchange("/api/consultations/" + id + "/reply", HttpMethod.POST, new HttpEntity<>(body, headers),
                Map.class);
    }

    static Instant tokyo(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BusinessTime.ZONE).toInstant();
    }
}
