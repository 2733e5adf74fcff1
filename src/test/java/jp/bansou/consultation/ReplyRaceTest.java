package jp.bansou.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two replies at once: the one committed first stands. The other may already hold the reply task when the first
 * commits; its listener then finds the consultation answered. That loser gets 409, never the engine's wrapped
 * listener error (a 500), and writes nothing. The interleaving is set up here: the first reply is recorded while
 * the second still sees the task ({@code jp.bansou.faults.ParallelCommandsIT} races twenty for real).
 */
@BansouTest
class ReplyRaceTest {

    @Autowired
    EngagementFixture fixture;
    @Autowired
    ConsultationService consultations;
    @Autowired
    TaskService tasks;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    String caseNumber;
    long id;
    Task replyTask;

    @BeforeEach
    void consultationWhoseReplyWasRecordedWhileItsTaskIsStillOpen() {
        TestClock.setTokyo(LocalDate.of(2026, 11, 24));
        caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 5));
        Consultation received = consultations.receive(caseNumber, new NewConsultation("EMAIL",
                "2026-12-07T10:00:00+09:00", "hanako@client.example", "並行する返信 (Replies at once)"), "consultant");
        id = received.id();
        replyTask = tasks.createTaskQuery().processInstanceId(received.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_REPLY).singleResult();
        consultations.recordReply(id, 15, "先に届いた返信 (The first reply)", "consultant");
    }

    @Test
    void theSecondReplysListenerFindsItAnsweredAndTheCallerGetsTheConflictItself() {
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

    int consultationMinutesBooked() {
        return jdbc.sql("SELECT COALESCE(SUM(minutes), 0) FROM time_entry WHERE case_number = ? AND category = 'CONSULTATION'")
                .param(caseNumber).query(Integer.class).single();
    }
}
