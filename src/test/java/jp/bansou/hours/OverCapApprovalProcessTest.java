package jp.bansou.hours;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.notification.Notifier;
import jp.bansou.plan.Plan;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Both paths of {@code over-cap-approval.bpmn}: a manager approves the held entry as over-cap, or declines it. */
@BansouTest
class OverCapApprovalProcessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired
    HourLedger ledger;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    Notifier notifier;
    @Autowired
    FormService forms;

    String caseNumber;
    TimeEntry held;
    ProcessInstance approval;

    @BeforeEach
    void anEntryHeldOverTheCap() {
        TestClock.setTokyo(TODAY);
        caseNumber = fixture.signedContract(Plan.LIGHT, LocalDate.of(2026, 12, 1));
        ledger.record(entry(960));
        held = ledger.record(entry(45));
        approval = runtime.createProcessInstanceQuery().processDefinitionKey(OverCapApprovalProcess.PROCESS_ID)
                .processInstanceBusinessKey(caseNumber).singleResult();
    }

    NewTimeEntry entry(int minutes) {
        return new NewTimeEntry(caseNumber, "consultant", TODAY, minutes, TimeEntryCategory.CONSULTATION, false,
                "返信 (Reply to a consultation)", "consultant");
    }

    Map<String, Object> decision(String decision, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put("decision", decision);
        values.put("reason", reason);
        return values;
    }

    @Test
    void theHeldEntryWaitsForAnyManagerWithItsSummary() {
        Assertions.assertThat(held.status()).isEqualTo(TimeEntryStatus.PENDING_APPROVAL);
        assertThat(approval).isStarted().isWaitingAt(OverCapApprovalProcess.TASK_APPROVE_OVER_CAP);
        assertThat(approval).task().hasCandidateGroup("managers").isNotAssigned();
        String taskId = tasks.createTaskQuery().processInstanceId(approval.getId()).singleResult().getId();
        Assertions.assertThat(forms.getTaskFormData(taskId).getCamundaFormRef().getKey())
                .isEqualTo("over-cap-approval-decision");
        Assertions.assertThat(runtime.getVariables(approval.getId()))
                .containsOnlyKeys(OverCapApprovalProcess.CASE_NUMBER, "organisation", OverCapApprovalProcess.TIME_ENTRY_ID,
                        OverCapApprovalProcess.ENTRY_SUMMARY)
                .containsEntry(OverCapApprovalProcess.TIME_ENTRY_ID, held.id());
        Assertions.assertThat((String) runtime.getVariable(approval.getId(), OverCapApprovalProcess.ENTRY_SUMMARY))
                .contains("#" + held.id(), "Consultant Kenji (consultant)", "45 分", "使用 960 / 上限 960",
                        "over the cap by 45 min");
    }

    @Test
    void approvedTheEntryCountsAsUsedOverTheCap() {
        fixture.completeAs("manager", caseNumber, OverCapApprovalProcess.TASK_APPROVE_OVER_CAP, decision("APPROVE", null));

        assertThat(approval).isEnded().hasPassed(OverCapApprovalProcess.END_APPROVED);
        TimeEntry approved = ledger.get(caseNumber, held.id());
        Assertions.assertThat(approved.status()).isEqualTo(TimeEntryStatus.APPROVED_OVER_CAP);
        Assertions.assertThat(approved.decidedBy()).isEqualTo("manager");
        Assertions.assertThat(approved.decidedAt()).isNotNull();
        MonthlyBalance balance = ledger.balance(caseNumber, DECEMBER);
        Assertions.assertThat(balance.usedMinutes()).isEqualTo(1005);
        Assertions.assertThat(balance.approvedOverCapMinutes()).isEqualTo(45);
        Assertions.assertThat(balance.pendingMinutes()).isZero();
        Assertions.assertThat(balance.remainingMinutes()).isZero();
        Assertions.assertThat(notifier.messagesFor("consultant")).filteredOn(m -> m.subject().contains(caseNumber)
                        && m.topic().equals(HourLedger.TOPIC_DECIDED))
                .singleElement().satisfies(m -> {
                    Assertions.assertThat(m.subject()).contains("approved");
                    Assertions.assertThat(m.body()).contains("Consultant Kenji (consultant)",
                            "判断者 (Decided by): Manager Mariko (manager)");
                });
    }

    @Test
    void declinedWithAReasonTheEntryIsKeptButNotCounted() {
        assertThatThrownBy(() -> fixture.completeAs("manager", caseNumber, OverCapApprovalProcess.TASK_APPROVE_OVER_CAP,
                decision("DECLINE", " ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason: is required when declining");
        assertThat(approval).isWaitingAt(OverCapApprovalProcess.TASK_APPROVE_OVER_CAP);

        fixture.completeAs("manager", caseNumber, OverCapApprovalProcess.TASK_APPROVE_OVER_CAP,
                decision("DECLINE", "今月は上限内で調整 (Keep within this month's cap)"));

        assertThat(approval).isEnded().hasPassed(OverCapApprovalProcess.END_DECLINED);
        TimeEntry declined = ledger.get(caseNumber, held.id());
        Assertions.assertThat(declined.status()).isEqualTo(TimeEntryStatus.DECLINED);
        Assertions.assertThat(declined.decisionReason()).isEqualTo("今月は上限内で調整 (Keep within this month's cap)");
        MonthlyBalance balance = ledger.balance(caseNumber, DECEMBER);
        Assertions.assertThat(balance.usedMinutes()).isEqualTo(960);
        Assertions.assertThat(balance.declinedMinutes()).isEqualTo(45);
        Assertions.assertThat(balance.pendingMinutes()).isZero();
        Assertions.assertThat(balance.entries()).hasSize(2);
    }

    @Test
    void onlyAManagerDecidesAndADecisionIsRequired() {
        assertThatThrownBy(() -> fixture.completeAs("consultant", caseNumber, OverCapApprovalProcess.TASK_APPROVE_OVER_CAP,
                decision("APPROVE", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only a manager decides over-cap hours");
        tasks.setAssignee(tasks.createTaskQuery().processInstanceId(approval.getId()).singleResult().getId(), null);
        assertThatThrownBy(() -> fixture.completeAs("manager", caseNumber, OverCapApprovalProcess.TASK_APPROVE_OVER_CAP,
                decision("MAYBE", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("decision: must be one of [APPROVE, DECLINE]");

        assertThat(approval).isWaitingAt(OverCapApprovalProcess.TASK_APPROVE_OVER_CAP);
        Assertions.assertThat(ledger.get(caseNumber, held.id()).status()).isEqualTo(TimeEntryStatus.PENDING_APPROVAL);
    }
}
