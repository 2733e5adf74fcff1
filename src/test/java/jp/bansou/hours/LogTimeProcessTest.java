package jp.bansou.hours;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.engagement.Plan;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Both paths of {@code log-time.bpmn}, Tasklist's 工数登録 (Log time) start form, and what it refuses. */
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
        ProcessInstance started = start(form(90));

        assertThat(started).isEnded().hasPassed(LogTimeProcess.TASK_RECORD_ENTRY, LogTimeProcess.END_RECORDED);
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
                .containsExactlyInAnyOrder("caseNumber", "organisation", "initiator", "timeEntryId", "timeEntryStatus");
    }

    @Test
    void anEntryPastTheCapEndsHeldForApproval() {
        ledger.record(new NewTimeEntry(caseNumber, "consultant", TODAY, 1440, TimeEntryCategory.ISSUE_MAPPING,
                false, null, "consultant"));

        ProcessInstance started = start(form(60));

        assertThat(started).isEnded().hasPassed(LogTimeProcess.END_HELD_FOR_APPROVAL);
        Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(OverCapApprovalProcess.PROCESS_ID)
                .processInstanceBusinessKey(caseNumber).count()).isOne();
        Assertions.assertThat(ledger.balance(caseNumber, YearMonth.of(2026, 12)).pendingMinutes()).isEqualTo(60);
    }

    @Test
    void invalidValuesStartNothingAndRecordNothing() {
        Map<String, Object> invalid = form(0);
        invalid.put("category", "LUNCH");
        long instances = runtime.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> start(invalid))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("category: must be one of");
        Map<String, Object> noMinutes = form(0);
        assertThatThrownBy(() -> start(noMinutes))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("minutes: must be between 1 and 1440");
        Map<String, Object> future = form(30);
        future.put("workDate", "2026-12-21");
        assertThatThrownBy(() -> start(future))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("workDate: must not be in the future");

        Assertions.assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
        Assertions.assertThat(entries()).isZero();
    }

    @Test
    void onlyTheCasesConsultantOrAManagerLogsTimeOnIt() {
        assertThatThrownBy(() -> startAs("consultant2", "consultants", form(30)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber: consultant2 is not the consultant of " + caseNumber);
        Map<String, Object> unknown = form(30);
        unknown.put("caseNumber", "C-1999-0001");
        assertThatThrownBy(() -> start(unknown))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber: there is no case C-1999-0001");
        Assertions.assertThat(entries()).isZero();

        ProcessInstance started = startAs("manager", "managers", form(30));
        assertThat(started).isEnded().hasPassed(LogTimeProcess.END_RECORDED);
        Assertions.assertThat(ledger.balance(caseNumber, YearMonth.of(2026, 12)).entries())
                .extracting(TimeEntry::consultant).containsExactly("manager");
    }
}
