package jp.bansou.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.consultation.Consultation;
import jp.bansou.consultation.ConsultationProcess;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.NewConsultation;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.OverCapApprovalProcess;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import jp.bansou.testing.Timers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every notification e-mail links to what it is about, on {@code bansou.public-base-url} (the default here):
 * the task to act on in Tasklist, or the case (Cockpit for a manager, the case API for a consultant). Checked on
 * the outbox rows, which are the e-mails' text.
 */
@BansouTest
class NotificationLinksTest {

    static final String BASE = "http://localhost:8080";

    @Autowired
    Notifier notifier;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    HourLedger ledger;
    @Autowired
    ConsultationService consultations;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;

    String caseNumber;

    @BeforeEach
    void aCaseUnderContract() {
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 5));
        caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
    }

    OutboxMessage last(String user, String topic) {
        List<OutboxMessage> messages = notifier.messagesFor(user).stream()
                .filter(m -> m.topic().equals(topic) && m.body().contains(caseNumber)).toList();
        assertThat(messages).as(topic + " for " + user).isNotEmpty();
        return messages.get(messages.size() - 1);
    }

    String engagementInCockpit() {
        String id = runtime.createProcessInstanceQuery().processDefinitionKey(EngagementProcess.PROCESS_ID)
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
        return BASE + "/camunda/app/cockpit/default/#/process-instance/" + id + "/runtime";
    }

    void record(int minutes) {
        ledger.record(new NewTimeEntry(caseNumber, "consultant", LocalDate.of(2026, 12, 4), minutes,
                TimeEntryCategory.ISSUE_MAPPING, false, null, "consultant"));
    }

    Consultation receive() {
        return consultations.receive(caseNumber, new NewConsultation("EMAIL", "2026-12-07T10:00:00+09:00",
                "client@example.jp", "相談 " + caseNumber + " (A question)"), "consultant");
    }

    void fire(Consultation consultation, String activityId) {
        Timers.fire(consultation.processInstanceId(), activityId);
    }

    Task task(String processInstanceId, String key) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    }

    @Test
    void theCapWarningLinksTheCaseInCockpitForManagersAndTheApiForTheConsultant() {
        record(1152);

        assertThat(last("consultant", "HOURS_WARNING").body())
                .endsWith("案件を開く (Open the case): " + BASE + "/api/engagements/" + caseNumber);
        assertThat(last("manager", "HOURS_WARNING").body())
                .endsWith("案件を開く (Open the case): " + engagementInCockpit());
    }

    @Test
    void theOverCapDecisionLinksTheCase() {
        record(1440);
        record(30);
        Task approval = tasks.createTaskQuery().processDefinitionKey(OverCapApprovalProcess.PROCESS_ID)
                .processInstanceBusinessKey(caseNumber).singleResult();
        tasks.claim(approval.getId(), "manager");
        tasks.complete(approval.getId(), Map.of("decision", "APPROVE"));

        assertThat(last("consultant", "OVER_CAP_DECIDED").body())
                .endsWith("案件を開く (Open the case): " + BASE + "/api/engagements/" + caseNumber);
    }

    @Test
    void theReminderLinksTheReplyTask() {
        Consultation consultation = receive();

        fire(consultation, ConsultationProcess.EVENT_REMINDER_DUE);

        String reply = task(consultation.processInstanceId(), ConsultationProcess.TASK_REPLY).getId();
        assertThat(last("consultant", "REPLY_REMINDER").body())
                .endsWith("タスクを開く (Open the task): " + BASE + "/camunda/app/tasklist/default/#/?task=" + reply);
    }

    @Test
    void anOverdueReplyLinksTheReplyTaskForTheConsultantAndTheEscalationForTheManagers() {
        Consultation consultation = receive();
        fire(consultation, ConsultationProcess.EVENT_REMINDER_DUE);

        fire(consultation, ConsultationProcess.EVENT_REPLY_OVERDUE);

        String reply = task(consultation.processInstanceId(), ConsultationProcess.TASK_REPLY).getId();
        String escalation = task(consultation.processInstanceId(), ConsultationProcess.TASK_ESCALATE).getId();
        assertThat(last("consultant", "REPLY_OVERDUE").body())
                .endsWith("タスクを開く (Open the task): " + BASE + "/camunda/app/tasklist/default/#/?task=" + reply);
        assertThat(last("manager", "REPLY_ESCALATED").body())
                .contains(consultation.businessKey())
                .endsWith("タスクを開く (Open the task): " + BASE + "/camunda/app/tasklist/default/#/?task=" + escalation);
        assertThat(notifier.messagesFor("consultant")).noneMatch(m -> m.topic().equals("REPLY_ESCALATED")
                && m.body().contains(consultation.businessKey()));
    }

    @Test
    void theBaseUrlIsConfiguredAndMustBeAbsolute() {
        PublicLinks links = new PublicLinks("https://bansou.example.jp/", history, identity);

        assertThat(links.task("t-1")).isEqualTo("https://bansou.example.jp/camunda/app/tasklist/default/#/?task=t-1");
        assertThat(links.caseApi("C-2026-0001")).isEqualTo("https://bansou.example.jp/api/engagements/C-2026-0001");
        assertThat(links.caseInCockpit("C-1999-0001")).isEmpty();
        assertThatThrownBy(() -> new PublicLinks("bansou.example.jp", history, identity))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bansou.public-base-url");
    }
}
