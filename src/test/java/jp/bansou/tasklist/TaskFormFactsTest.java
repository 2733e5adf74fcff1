package jp.bansou.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.bansou.enablement.EnablementProcess;
import jp.bansou.BansouTest;
import jp.bansou.channel.Contact;
import jp.bansou.channel.ContactDirectory;
import jp.bansou.channel.ContactKind;
import jp.bansou.channel.InboundMessage;
import jp.bansou.channel.Inbox;
import jp.bansou.channel.MessageOutcome;
import jp.bansou.consultation.Consultation;
import jp.bansou.consultation.ConsultationProcess;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.NewConsultation;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the task forms show read-only, as Tasklist reads it when it opens a form ({@code form-variables}): the
 * case header on every task of a case, the consultation on the reply and how late it is on the escalation.
 * None of it is stored.
 */
@BansouTest
class TaskFormFactsTest {

    static final String MONDAY_10 = "2026-12-07T10:00:00+09:00";

    @Autowired
    EngagementFixture fixture;
    @Autowired
    ConsultationService consultations;
    @Autowired
    Inbox inbox;
    @Autowired
    ContactDirectory contacts;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    String caseNumber;

    @BeforeEach
    void aCaseUnderContract() {
        caseNumber = fixture.caseUnderContract(Plan.STANDARD);
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 5));
    }

    @Test
    void everyTaskOfTheCaseShowsThePlanTheTermAndItsEndAndTheConsultant() {
        Task stageWork = fixture.task(caseNumber, EnablementProcess.TASK_DIALOGUE_WORK);

        assertThat(forms.getTaskFormVariables(stageWork.getId()))
                .containsEntry("caseNumber", caseNumber)
                .containsEntry("organisation", "山田製作所 (Yamada Works)")
                .containsEntry(CaseHeaderFacts.PLAN, "スタンダード (Standard)")
                .containsEntry(CaseHeaderFacts.TERM, "試行期間 (Trial) 2026/12/01–2027/02/28")
                .containsEntry(CaseHeaderFacts.TERM_END, "2027/02/28（あと83日 (83 days left)）")
                .containsEntry(CaseHeaderFacts.CONSULTANT, "Consultant Kenji (consultant)");
        assertThat(tasks.getVariables(stageWork.getId())).doesNotContainKeys(CaseHeaderFacts.PLAN,
                CaseHeaderFacts.TERM, CaseHeaderFacts.TERM_END, CaseHeaderFacts.CONSULTANT);
        assertThat(history.createHistoricVariableInstanceQuery().variableName(CaseHeaderFacts.PLAN).count())
                .as("never stored").isZero();

        TestClock.setTokyo(LocalDate.of(2027, 2, 20));
        assertThat(forms.getTaskFormVariables(stageWork.getId()))
                .as("as of the day the form opens").containsEntry(CaseHeaderFacts.TERM_END, "2027/02/28（あと8日 (8 days left)）");
    }

    @Test
    void aCaseWithoutContractSaysSo() {
        String inquiry = fixture.inquiry();

        VariableMap shown = forms.getTaskFormVariables(fixture.task(inquiry, EngagementProcess.TASK_HEARING).getId());

        assertThat(shown).containsEntry(CaseHeaderFacts.PLAN, "契約前 (No contract yet)")
                .containsEntry(CaseHeaderFacts.TERM, "—")
                .containsEntry(CaseHeaderFacts.CONSULTANT, "未定 (Not assigned)");
    }

    @Test
    void theReplyFormShowsTheConsultationWithTheClientsMessage() {
        contacts.add(caseNumber, "EMAIL", "hanako@client.example", "consultant");
        String key = "email:" + UUID.randomUUID() + "@client.example";
        assertThat(inbox.accept(new InboundMessage("EMAIL", key, key.substring(6), List.of(), Optional.empty(),
                List.of(new Contact.Key(ContactKind.EMAIL, "hanako@client.example")),
                "佐藤 花子 <hanako@client.example>", Optional.empty(), "会議の進め方 (How to run meetings)",
                "定例会で何も決まりません。\r\nどうすればよいですか。", null, tokyo(2026, 12, 7, 10, 0), false)))
                .isEqualTo(MessageOutcome.CONSULTATION);
        Consultation consultation = consultations.consultations(caseNumber).get(0);

        VariableMap shown = forms.getTaskFormVariables(replyTask(consultation).getId());

        assertThat(shown).containsEntry(ConsultationFacts.SENDER, "佐藤 花子 \\<hanako@client.example\\>")
                .containsEntry(ConsultationFacts.SUBJECT, "会議の進め方 (How to run meetings)")
                .containsEntry(ConsultationFacts.BODY, "定例会で何も決まりません。  \nどうすればよいですか。")
                .containsEntry(ConsultationFacts.RECEIVED, "2026/12/07 10:00")
                .containsEntry(ConsultationFacts.DUE, "2026/12/08 18:00")
                .containsEntry(CaseHeaderFacts.PLAN, "スタンダード (Standard)")
                .doesNotContainKey(ConsultationFacts.LATENESS);
    }

    @Test
    void aConsultationRecordedByHandHasNoMessageToShow() {
        Consultation consultation = consultations.receive(caseNumber, new NewConsultation("EMAIL", MONDAY_10,
                "佐藤 花子", "電話での相談 (A call)"), "consultant");

        assertThat(forms.getTaskFormVariables(replyTask(consultation).getId()))
                .containsEntry(ConsultationFacts.SUBJECT, "電話での相談 (A call)")
                .doesNotContainKey(ConsultationFacts.BODY);
    }

    @Test
    void theEscalationShowsHowLateTheReplyIsInBusinessTime() {
        Consultation consultation = consultations.receive(caseNumber, new NewConsultation("EMAIL", MONDAY_10,
                "佐藤 花子", "電話での相談 (A call)"), "consultant");
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 8, 18, 0));
        management.createJobQuery().processInstanceId(consultation.processInstanceId()).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        Task escalation = tasks.createTaskQuery().processInstanceId(consultation.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_ESCALATE).singleResult();

        TestClock.setTokyo(LocalDateTime.of(2026, 12, 9, 11, 20));
        assertThat(forms.getTaskFormVariables(escalation.getId()))
                .containsEntry(ConsultationFacts.DUE, "2026/12/08 18:00")
                .containsEntry(ConsultationFacts.LATENESS, "2時間20分超過 (overdue, business hours)");

        TestClock.setTokyo(LocalDateTime.of(2026, 12, 10, 9, 30));
        assertThat(forms.getTaskFormVariables(escalation.getId())).as("as of the moment the form opens")
                .containsEntry(ConsultationFacts.LATENESS, "9時間30分超過 (overdue, business hours)");
    }

    Task replyTask(Consultation consultation) {
        return tasks.createTaskQuery().processInstanceId(consultation.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_REPLY).singleResult();
    }

    static Instant tokyo(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BusinessTime.ZONE).toInstant();
    }
}
