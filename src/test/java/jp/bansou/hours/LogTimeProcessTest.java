package jp.bansou.hours;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.plan.Plan;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Both paths of {@code log-time.bpmn}, Tasklist's 工数登録 (Log time): the start form names the case, the entry
 * form (工数の入力, shown with the month's hours) takes the entry; and what each refuses.
 */
@BansouTest
class LogTimeProcessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 20);

    @Autowired
    HourLedger ledger;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    FormService forms;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;

    String caseNumber;

    @BeforeEach
    void aCaseOfTheConsultant() {
        TestClock.setTokyo(TODAY);
        caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
    }

    /** Submits the start form as Tasklist does: as the user with their groups, so their authorizations apply. */
    ProcessInstance startAs(String user, String group, Map<String, Object> values) {
        identity.setAuthentication(user, List.of(group));
        try {
            String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(LogTimeProcess.PROCESS_ID)
                    .latestVersion().singleResult().getId();
            return forms.submitStartForm(definitionId, values);
        } finally {
            identity.clearAuthentication();
        }
    }

    ProcessInstance start(Map<String, Object> values) {
        return startAs("consultant", "consultants", values);
    }

    /** Both forms, as the user who starts the process (and is then assigned the entry form). */
    ProcessInstance logAs(String user, String group, Map<String, Object> entry) {
        ProcessInstance started = startAs(user, group, Map.of("caseNumber", entry.getOrDefault("caseNumber",
                caseNumber)));
        assertThat(started).isWaitingAt(LogTimeProcess.TASK_ENTER_TIME);
        Task task = tasks.createTaskQuery().processInstanceId(started.getId()).singleResult();
        Assertions.assertThat(task.getAssignee()).isEqualTo(user);
        Map<String, Object> values = new HashMap<>(entry);
        values.remove("caseNumber");
        identity.setAuthentication(user, List.of(group));
        try {
            forms.submitTaskForm(task.getId(), values);
        } finally {
            identity.clearAuthentication();
        }
        return started;
    }

    ProcessInstance log(Map<String, Object> entry) {
        return logAs("consultant", "consultants", entry);
    }

    Map<String, Object> form(int minutes) {
        Map<String, Object> values = new HashMap<>();
        values.put("caseNumber", caseNumber);
        values.put("workDate", "2026-12-18");
        values.put("minutes", minutes);
        values.put("category", "MEETING");
        values.put("scheduledMeeting", true);
        values.put("note", "定例会 (Scheduled meeting)");
        return values;
    }

    long entries() {
        return ledger.balance(caseNumber, YearMonth.of(2026, 12)).entries().size();
    }

    @Test
    void anEntryWithinTheCapIsBookedAndTheProcessEnds() {
        ProcessInstance started = log(form(90));

        assertThat(started).isEnded().hasPassed(LogTimeProcess.TASK_OPEN_LOG_TIME, LogTimeProcess.TASK_ENTER_TIME,
                LogTimeProcess.TASK_RECORD_ENTRY, LogTimeProcess.END_RECORDED);
        Assertions.assertThat(started.getBusinessKey()).isEqualTo(caseNumber);
        MonthlyBalance balance = ledger.balance(caseNumber, YearMonth.of(2026, 12));
        Assertions.assertThat(balance.entries()).singleElement().satisfies(entry -> {
            Assertions.assertThat(entry.consultant()).isEqualTo("consultant");
            Assertions.assertThat(entry.recordedBy()).isEqualTo("consultant");
            Assertions.assertThat(entry.workDate()).isEqualTo(LocalDate.of(2026, 12, 18));
            Assertions.assertThat(entry.minutes()).isEqualTo(90);
            Assertions.assertThat(entry.scheduledMeeting()).isTrue();
            Assertions.assertThat(entry.status()).isEqualTo(TimeEntryStatus.BOOKED);
        });
        Assertions.assertThat(balance.scheduledMeetingsHeld()).isOne();
        Assertions.assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(started.getId()).list())
                .extracting(v -> v.getName())
                .as("the entry's values are not kept; the task had the case variables of every task")
                .containsOnly(LogTimeProcess.CASE_NUMBER, "organisation", LogTimeProcess.INITIATOR,
                        LogTimeProcess.TIME_ENTRY_ID, LogTimeProcess.TIME_ENTRY_STATUS);
    }

    @Test
    void anEntryPastTheCapEndsHeldForApproval() {
        ledger.record(new NewTimeEntry(caseNumber, "consultant", TODAY, 1440, TimeEntryCategory.ISSUE_MAPPING,
                false, null, "consultant"));

        ProcessInstance started = log(form(60));

        assertThat(started).isEnded().hasPassed(LogTimeProcess.END_HELD_FOR_APPROVAL);
        Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(OverCapApprovalProcess.PROCESS_ID)
                .processInstanceBusinessKey(caseNumber).count()).isOne();
        Assertions.assertThat(ledger.balance(caseNumber, YearMonth.of(2026, 12)).pendingMinutes()).isEqualTo(60);
    }

    @Test
    void theEntryFormShowsTheMonthsHoursBeforeTheEntry() {
        ledger.record(new NewTimeEntry(caseNumber, "consultant", TODAY, 150, TimeEntryCategory.ISSUE_MAPPING,
                false, null, "consultant"));
        ProcessInstance started = start(Map.of("caseNumber", caseNumber));
        Task task = tasks.createTaskQuery().processInstanceId(started.getId()).singleResult();

        // Standard: 24 h a month, the whole of December under contract
        Assertions.assertThat(forms.getTaskFormVariables(task.getId()))
                .containsEntry("hoursMonth", "2026年12月 (2026-12)")
                .containsEntry("hoursUsed", "2時間30分（10.4%）")
                .containsEntry("hoursCap", "24時間")
                .containsEntry("hoursRemaining", "21時間30分")
                .containsEntry("hoursPending", "0分")
                .containsEntry("caseHeaderPlan", "スタンダード (Standard)");
        Assertions.assertThat(tasks.getVariables(task.getId())).doesNotContainKeys("hoursUsed", "caseHeaderPlan");

        ledger.record(new NewTimeEntry(caseNumber, "consultant", TODAY, 30, TimeEntryCategory.REVIEW,
                false, null, "consultant"));
        Assertions.assertThat(forms.getTaskFormVariables(task.getId()))
                .as("read again when the form opens again").containsEntry("hoursUsed", "3時間（12.5%）");
    }

    @Test
    void invalidValuesLeaveTheEntryFormOpenAndRecordNothing() {
        ProcessInstance started = start(Map.of("caseNumber", caseNumber));
        String taskId = tasks.createTaskQuery().processInstanceId(started.getId()).singleResult().getId();
        Map<String, Object> invalid = form(0);
        invalid.remove("caseNumber");
        invalid.put("category", "LUNCH");

        assertThatThrownBy(() -> forms.submitTaskForm(taskId, invalid))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("category: must be one of");
        Map<String, Object> noMinutes = form(0);
        noMinutes.remove("caseNumber");
        assertThatThrownBy(() -> forms.submitTaskForm(taskId, noMinutes))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("minutes: must be at least 1");
        Map<String, Object> future = form(30);
        future.remove("caseNumber");
        future.put("workDate", "2026-12-21");
        assertThatThrownBy(() -> forms.submitTaskForm(taskId, future))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("workDate: must not be in the future");

        assertThat(started).isWaitingAt(LogTimeProcess.TASK_ENTER_TIME);
        Assertions.assertThat(entries()).isZero();
    }

    @Test
    void onlyTheCasesConsultantOrAManagerLogsTimeOnIt() {
        long instances = runtime.createProcessInstanceQuery().count();
        assertThatThrownBy(() -> startAs("consultant2", "consultants", Map.of("caseNumber", caseNumber)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber: consultant2 is not the consultant of " + caseNumber);
        assertThatThrownBy(() -> start(Map.of("caseNumber", "C-1999-0001")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber: there is no case C-1999-0001");
        assertThatThrownBy(() -> start(Map.of("caseNumber", "no case")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber:");
        Assertions.assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
        Assertions.assertThat(entries()).isZero();

        ProcessInstance started = logAs("manager", "managers", form(30));
        assertThat(started).isEnded().hasPassed(LogTimeProcess.END_RECORDED);
        Assertions.assertThat(ledger.balance(caseNumber, YearMonth.of(2026, 12)).entries())
                .extracting(TimeEntry::consultant).containsExactly("manager");
    }
}
