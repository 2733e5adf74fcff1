package jp.bansou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jp.bansou.consultation.Consultation;
import jp.bansou.consultation.ConsultationProcess;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.NewConsultation;
import jp.bansou.engagement.EngagementService;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.PostgresDatabase;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two service nodes on one PostgreSQL, each with its job executor running, as {@code docker compose --profile
 * two-nodes} runs them: late replies whose timers are all due at once are escalated exactly once each, whichever
 * node takes them.
 */
class TwoNodesIT {

    static final int CONSULTATIONS = 12;

    static PostgresDatabase database;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void twoNodes() {
        database = PostgresDatabase.create(TwoNodesIT.class);
        ClockUtil.offset(LocalDateTime.of(2026, 11, 23, 10, 0).atZone(BusinessTime.ZONE).toInstant().toEpochMilli()
                - System.currentTimeMillis());
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stop() {
        nodeB.close();
        nodeA.close();
        ClockUtil.reset();
        database.close();
    }

    static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(BansouApplication.class)
                .profiles("postgres", "demo")
                .run(database.serviceArguments("--server.port=0", "--camunda.bpm.job-execution.enabled=true",
                        "--logging.level.root=warn"));
    }

    @Test
    void timersDueAtOnceAreEachExecutedByExactlyOneNode() {
        EngagementFixture fixture = new EngagementFixture(nodeA.getBean(EngagementService.class),
                nodeA.getBean(TaskService.class));
        String caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
        ClockUtil.offset(LocalDateTime.of(2026, 12, 9, 10, 0).atZone(BusinessTime.ZONE).toInstant().toEpochMilli()
                - System.currentTimeMillis());

        ConsultationService consultations = nodeB.getBean(ConsultationService.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CONSULTATIONS; i++) {
            ids.add(consultations.receive(caseNumber, new NewConsultation("EMAIL",
                    "2026-12-07T10:%02d:00+09:00".formatted(i), "client@example.jp", "相談 " + i), "consultant").id());
        }

        await("every late reply escalated").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> ids.stream().map(consultations::get).allMatch(c -> c.escalation() != null));

        TaskService tasks = nodeA.getBean(TaskService.class);
        HistoryService history = nodeA.getBean(HistoryService.class);
        for (long id : ids) {
            Consultation consultation = consultations.get(id);
            assertThat(tasks.createTaskQuery().processInstanceId(consultation.processInstanceId())
                    .taskDefinitionKey(ConsultationProcess.TASK_ESCALATE).count()).as("escalations of " + id).isOne();
            assertThat(history.createHistoricActivityInstanceQuery()
                    .processInstanceId(consultation.processInstanceId()).activityId(ConsultationProcess.TASK_RECORD_BREACH).count())
                    .as("breach recorded once for " + id).isOne();
        }
        assertThat(nodeA.getBean(org.camunda.bpm.engine.ManagementService.class).createJobQuery()
                .withException().count()).as("no failed jobs").isZero();
    }
}
