package jp.bansou.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jp.bansou.testing.OwnEngine;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * With the job executor running and polling only once a minute, a timer still fires at its due time: the
 * wake-up, not the poll, starts the acquisition. Switched off, the same timer waits for the next poll. Real time
 * on purpose (a timer two seconds ahead): the point is what the idle executor does while time passes.
 */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.job-execution.wait-time-in-millis=60000", "camunda.bpm.job-execution.max-wait=60000",
        "spring.datasource.url=jdbc:h2:mem:bansou-wake-up;DB_CLOSE_DELAY=-1"})
@ActiveProfiles({"demo", "test"})
@OwnEngine("wakeUpTest")
@DirtiesContext
class DueJobWakeUpTest {

    static final String PROCESS = "wakeUpTimer";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    DueJobWakeUp wakeUp;

    @BeforeEach
    void aTimerProcess() {
        repository.createDeployment().name(PROCESS).enableDuplicateFiltering(true).addModelInstance(PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESS).startEvent().intermediateCatchEvent("Event_Due")
                        .timerWithDate("${due}").endEvent().done()).deploy();
    }

    @AfterEach
    void switchedOn() {
        wakeUp.setEnabled(true);
    }

    String timerDueAt(Instant due) {
        return runtime.startProcessInstanceByKey(PROCESS, Map.of("due", due.toString())).getId();
    }

    HistoricProcessInstance instance(String id) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    @Test
    void anIdleExecutorRunsATimerAtItsDueTime() {
        Instant due = Instant.now().plusSeconds(2);
        String id = timerDueAt(due);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> instance(id).getEndTime() != null);
        assertThat(instance(id).getEndTime().toInstant()).isAfterOrEqualTo(due).isBefore(due.plusSeconds(1));
    }

    @Test
    void switchedOffTheTimerWaitsForTheNextPoll() {
        wakeUp.setEnabled(false);
        Instant due = Instant.now().plusSeconds(2);
        String id = timerDueAt(due);

        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> instance(id).getEndTime() == null);
    }
}
