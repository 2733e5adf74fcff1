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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code reverse-time-entry.bpmn}: Tasklist's 工数の取消 (Reverse a time entry), and what it refuses like the API. */
@BansouTest
class ReverseTimeEntryProcessTest {

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
    TaskService tasks;
    @Autowired
    IdentityService identity;

    String caseNumber;
    TimeEntry meeting;
    TimeEntry review;

    @BeforeEach
    void aCaseWithTwoEntriesThisMonth() {
        TestClock.setTokyo(TODAY);
        caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
        meeting = record(caseNumber, 90, TimeEntryCategory.MEETING);
        review = record(caseNumber, 30, TimeEntryCategory.REVIEW);
    }

    TimeEntry record(String caseNumber, int minutes, TimeEntryCategory category) {
        return ledger.record(new NewTimeEntry(caseNumber, "consultant", LocalDate.of(2026, 12, 18), minutes, category,
                false, "打ち合わせ (Meeting)", "consultant"));
    }

    ProcessInstance startAs(String user, String group, String caseNumber) {
        identity.setAuthentication(user, List.of(group));
        try {
            String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(ReversalProcess.PROCESS_ID)
                    .latestVersion().singleResult().getId();
            return forms.submitStartForm(definitionId, Map.of("caseNumber", caseNumber));
        } finally {
            identity.clearAuthentication();
        }
    }

    Task pickTask(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ReversalProcess.TASK_PICK_ENTRY).singleResult();
    }

    void pick(Task task, Object entryId, String note) {
        Map<String, Object> values = new HashMap<>();
        values.put("entryId", entryId);
        values.put("note", note);
        tasks.complete(task.getId(), values);
    }

    List<String> optionValues(Task task) {
        SpinJsonNode options = (SpinJsonNode) tasks.getVariableLocal(task.getId(), ReversalProcess.ENTRY_OPTIONS);
        return options.elements().stream().map(option -> option.prop("value").stringValue()).toList();
    }

    @Test
    void theStarterPicksAnEntryOfThisMonthAndItIsReversed() {
        ledger.reverse(caseNumber, review.id(), null, "consultant");

        ProcessInstance started = startAs("consultant", "consultants", caseNumber);

        assertThat(started).isWaitingAt(ReversalProcess.TASK_PICK_ENTRY);
        Assertions.assertThat(started.getBusinessKey()).isEqualTo(caseNumber);
        Task task = pickTask(started);
        Assertions.assertThat(task.getAssignee()).isEqualTo("consultant");
        Assertions.assertThat(optionValues(task)).as("reversed entries and reversals are not offered")
                .containsExactly(String.valueOf(meeting.id()));
        SpinJsonNode option = ((SpinJsonNode) tasks.getVariableLocal(task.getId(), ReversalProcess.ENTRY_OPTIONS))
                .elements().get(0);
        Assertions.assertThat(option.prop("label").stringValue())
                .contains("#" + meeting.id(), "2026-12-18", "打ち合わせ (Meeting)", "90", "Consultant Kenji (consultant)");

        pick(task, String.valueOf(meeting.id()), "二重登録 (Recorded twice)");

        assertThat(started).isEnded().hasPassed(ReversalProcess.TASK_PICK_ENTRY, ReversalProcess.END_REVERSED);
        TimeEntry original = ledger.get(caseNumber, meeting.id());
        Assertions.assertThat(original.reversedBy()).isNotNull();
        TimeEntry reversal = ledger.get(caseNumber, original.reversedBy());
        Assertions.assertThat(reversal.minutes()).isEqualTo(-90);
        Assertions.assertThat(reversal.note()).isEqualTo("二重登録 (Recorded twice)");
        Assertions.assertThat(reversal.recordedBy()).isEqualTo("consultant");
        Assertions.assertThat(ledger.balance(caseNumber, YearMonth.of(2026, 12)).usedMinutes()).isZero();
    }

    @Test
    void aStartWithNothingToReverseOrOnSomeoneElsesCaseIsRefused() {
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey(ReversalProcess.PROCESS_ID).count();
        assertThatThrownBy(() -> startAs("consultant2", "consultants", caseNumber))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber: consultant2 is not the consultant of " + caseNumber);
        assertThatThrownBy(() -> startAs("consultant", "consultants", "C-1999-0001"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber: there is no case C-1999-0001");
        ledger.reverse(caseNumber, meeting.id(), null, "consultant");
        ledger.reverse(caseNumber, review.id(), null, "consultant");
        assertThatThrownBy(() -> startAs("consultant", "consultants", caseNumber))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber: " + caseNumber + " has no entry in 2026-12 that can be reversed");
        Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReversalProcess.PROCESS_ID).count())
                .isEqualTo(instances);
    }

    @Test
    void aPickTheLedgerRefusesLeavesTheTaskOpenAndWritesNothing() {
        ProcessInstance started = startAs("consultant", "consultants", caseNumber);
        Task task = pickTask(started);
        ledger.reverse(caseNumber, meeting.id(), null, "consultant");
        String otherCase = fixture.signedContract(Plan.LIGHT, LocalDate.of(2026, 12, 1));
        TimeEntry elsewhere = record(otherCase, 15, TimeEntryCategory.OTHER);
        int used = ledger.balance(caseNumber, YearMonth.of(2026, 12)).usedMinutes();

        assertThatThrownBy(() -> pick(task, meeting.id(), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entryId: entry " + meeting.id() + " was already reversed");
        assertThatThrownBy(() -> pick(task, String.valueOf(elsewhere.id()), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entryId: there is no entry " + elsewhere.id() + " in " + caseNumber);
        assertThatThrownBy(() -> pick(task, "x".repeat(5), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entryId: must be an entry's id");
        assertThatThrownBy(() -> pick(task, String.valueOf(review.id()), "x".repeat(4001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("note: must have at most 4000 characters");

        assertThat(started).isWaitingAt(ReversalProcess.TASK_PICK_ENTRY);
        Assertions.assertThat(ledger.balance(caseNumber, YearMonth.of(2026, 12)).usedMinutes()).isEqualTo(used);
        Assertions.assertThat(ledger.get(caseNumber, review.id()).isReversed()).isFalse();
    }

    @Test
    void aManagerReversesAnEntryOnAnyCase() {
        ProcessInstance started = startAs("manager", "managers", caseNumber);
        Task task = pickTask(started);
        Assertions.assertThat(task.getAssignee()).isEqualTo("manager");

        pick(task, review.id(), null);

        assertThat(started).isEnded();
        TimeEntry reversal = ledger.get(caseNumber, ledger.get(caseNumber, review.id()).reversedBy());
        Assertions.assertThat(reversal.recordedBy()).isEqualTo("manager");
        Assertions.assertThat(reversal.consultant()).isEqualTo("consultant");
    }
}
