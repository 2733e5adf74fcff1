package jp.bansou.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.OwnEngine;
import jp.bansou.testing.PostgresDatabase;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * End to end on a real PostgreSQL (embedded, no Docker) with the job executor running as in production: a
 * consultation whose due time comes a few seconds after it is received is escalated by the job executor itself,
 * within seconds of the due time. The engine clock runs (an offset, not a frozen time) so that "now" is just before
 * the calendar's 18:00 due time. Self-contained on purpose: its own database and Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"demo", "test", "postgres"})
@OwnEngine("escalationIT")
@Import(EngagementFixture.class)
@DirtiesContext // closes the engine and its job executor after the class; the database goes with the server at JVM exit
class ConsultationEscalationIT {

    static final PostgresDatabase DATABASE = PostgresDatabase.create(ConsultationEscalationIT.class);
    static final Instant DUE = LocalDateTime.of(2026, 12, 8, 18, 0).atZone(BusinessTime.ZONE).toInstant();
    static final Duration RECEIVED_BEFORE_DUE = Duration.ofSeconds(4);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    ConsultationService consultations;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgresDatabase.PASSWORD);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    List<String> jobAcquisitionIndexColumns() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet index = connection.getMetaData().getIndexInfo(null, null, "act_ru_job", false, false)) {
            while (index.next()) {
                if ("bansou_idx_job_type_duedate".equals(index.getString("INDEX_NAME"))) {
                    columns.add(index.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    static void engineClockRunningFrom(Instant now) {
        ClockUtil.offset(now.toEpochMilli() - System.currentTimeMillis());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aReplyNotGivenByItsDueTimeIsEscalatedByTheRunningJobExecutorWithinSeconds() throws Exception {
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        assertThat(jobExecutor.isActive()).isTrue();
        assertThat(jobExecutor.getWaitTimeInMillis()).isEqualTo(1000);
        assertThat(jobExecutor.getMaxWait()).isEqualTo(5000);
        assertThat(jobAcquisitionIndexColumns()).containsExactly("type_", "duedate_");

        engineClockRunningFrom(LocalDateTime.of(2026, 12, 8, 10, 0).atZone(BusinessTime.ZONE).toInstant());
        String caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
        engineClockRunningFrom(DUE.minus(RECEIVED_BEFORE_DUE));

        ResponseEntity<Map> received = rest.withBasicAuth("consultant", "consultant").postForEntity(
                "/api/engagements/" + caseNumber + "/consultations", Map.of("channel", "EMAIL",
                        "receivedAt", "2026-12-07T10:00:00+09:00", "sender", "佐藤 花子", "subject", "至急 (Urgent)"),
                Map.class);

        assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(received.getBody()).containsEntry("dueAt", "2026-12-08T18:00:00+09:00");
        long id = ((Number) received.getBody().get("id")).longValue();
        Consultation escalated = await("escalation by the job executor")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> consultations.get(id), consultation -> consultation.escalation() != null);

        assertThat(escalated.escalation().breachedAt()).isAfterOrEqualTo(DUE)
                .as("fired within seconds of the due time").isBefore(DUE.plusSeconds(10));
        assertThat(escalated.remindedAt()).as("the reminder time had passed at receipt: reminded at once")
                .isNotNull().isBefore(DUE);
        Task escalation = tasks.createTaskQuery().processInstanceId(escalated.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_ESCALATE).singleResult();
        assertThat(escalation).isNotNull();
        assertThat(tasks.getIdentityLinksForTask(escalation.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("managers"));
        assertThat(escalated.isOpen()).as("the reply is still owed").isTrue();
    }
}
