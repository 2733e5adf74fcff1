package jp.bansou.hours;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.NewConsultation;
import jp.bansou.plan.Plan;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code case-figures.bpmn}: Tasklist's 工数とSLAの確認 (Hours and SLA of a month) for the case's people. */
@BansouTest
class CaseFiguresProcessTest {

    @Autowired
    HourLedger ledger;
    @Autowired
    ConsultationService consultations;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    FormService forms;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    String caseNumber;

    @BeforeEach
    void aCaseWithHoursAndAnOpenConsultation() {
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 5));
        caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
        ledger.record(new NewTimeEntry(caseNumber, "consultant", LocalDate.of(2026, 12, 4), 90,
                TimeEntryCategory.MEETING, false, null, "consultant"));
        consultations.receive(caseNumber, new NewConsultation("EMAIL", "2026-12-07T10:00:00+09:00",
                "client@example.jp", "相談 (A question)"), "consultant");
    }

    ProcessInstance startAs(String user, String group, String caseNumber, String month) {
        identity.setAuthentication(user, List.of(group));
        try {
            String definitionId = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(CaseFiguresProcess.PROCESS_ID).latestVersion().singleResult().getId();
            return forms.submitStartForm(definitionId, Map.of("caseNumber", caseNumber, "month", month));
        } finally {
            identity.clearAuthentication();
        }
    }

    Task reviewTask(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(CaseFiguresProcess.TASK_REVIEW_FIGURES).singleResult();
    }

    @Test
    void theFiguresAreShownUntilTheStarterHasSeenThem() {
        ProcessInstance started = startAs("consultant", "consultants", caseNumber, "2026-12");

        assertThat(started).isWaitingAt(CaseFiguresProcess.TASK_REVIEW_FIGURES);
        Assertions.assertThat(started.getBusinessKey()).isEqualTo(caseNumber);
        Task task = reviewTask(started);
        Assertions.assertThat(task.getAssignee()).isEqualTo("consultant");
        Assertions.assertThat(tasks.getVariablesLocal(task.getId()))
                .containsEntry("capMinutes", 1440)
                .containsEntry("usedMinutes", 90)
                .containsEntry("remainingMinutes", 1350)
                .containsEntry("percentUsed", "6.3 %")
                .containsEntry("pendingMinutes", 0)
                .containsEntry("overCapMinutes", 0)
                .containsEntry("declinedMinutes", 0)
                .containsEntry("consultations", 1)
                .containsEntry("repliedInTime", 0)
                .containsEntry("breached", 0)
                .containsEntry("openConsultations", 1)
                .containsEntry("figuresAsOf", "2026-12-07 10:05");

        tasks.complete(task.getId(), Map.of("seen", true));

        assertThat(started).isEnded().hasPassed(CaseFiguresProcess.TASK_REVIEW_FIGURES, CaseFiguresProcess.END_SEEN);
        Assertions.assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(started.getId()).count()).isZero();
    }

    @Test
    void notTickingSeenLeavesTheTaskOpen() {
        ProcessInstance started = startAs("manager", "managers", caseNumber, "2026-11");
        Task task = reviewTask(started);
        Assertions.assertThat(tasks.getVariableLocal(task.getId(), "capMinutes")).as("no contract in November")
                .isEqualTo(0);
        Assertions.assertThat(tasks.getVariableLocal(task.getId(), "percentUsed")).isEqualTo("–");

        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("seen", false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("seen: tick 確認しました (Seen)");
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("seen: is required");

        assertThat(started).isWaitingAt(CaseFiguresProcess.TASK_REVIEW_FIGURES);
    }

    @Test
    void onlyTheCasesPeopleSeeItsFiguresAndTheMonthMustBeAMonth() {
        long instances = runtime.createProcessInstanceQuery()
                .processDefinitionKey(CaseFiguresProcess.PROCESS_ID).count();

        assertThatThrownBy(() -> startAs("consultant2", "consultants", caseNumber, "2026-12"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber: consultant2 is not the consultant of " + caseNumber);
        assertThatThrownBy(() -> startAs("consultant", "consultants", "C-1999-0001", "2026-12"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber: there is no case C-1999-0001");
        assertThatThrownBy(() -> startAs("consultant", "consultants", caseNumber, "2026-13"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("month: invalid value '2026-13', expected YYYY-MM");

        Assertions.assertThat(runtime.createProcessInstanceQuery()
                .processDefinitionKey(CaseFiguresProcess.PROCESS_ID).count()).isEqualTo(instances);
    }
}
