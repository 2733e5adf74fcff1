package jp.bansou.consultation;

import static jp.bansou.testing.EngagementFixture.SIGNED_ON;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jp.bansou.BansouTest;
import jp.bansou.calendar.BusinessCalendar;
import jp.bansou.calendar.CalendarProperties;
import jp.bansou.calendar.CalendarProperties.DatedName;
import jp.bansou.calendar.ReplyDue;
import jp.bansou.contract.ContractService;
import jp.bansou.contract.NoticeKind;
import jp.bansou.contract.NoticeRequest;
import jp.bansou.contract.Party;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.plan.Plan;
import io.micrometer.core.instrument.MeterRegistry;

import jp.bansou.notification.Notifier;
import jp.bansou.plan.PlanCatalog;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import jp.bansou.testing.Timers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One test per path through {@code consultation.bpmn}, timers driven by the engine clock and job execution. A
 * STANDARD contract from Tue 2026-12-01; a consultation received Mon 2026-12-07 10:00 is due Tue 2026-12-08 18:00,
 * with the reminder at 14:00.
 */
@BansouTest
class ConsultationProcessTest {

    static final String MONDAY_10 = "2026-12-07T10:00:00+09:00";
    static final Instant DUE = tokyo(2026, 12, 8, 18, 0);
    static final Instant REMINDER = tokyo(2026, 12, 8, 14, 0);

    @Autowired
    EngagementFixture fixture;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ConsultationRepository repository;
    @Autowired
    ContractService contracts;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    CalendarProperties calendarProperties;
    @Autowired
    PlanCatalog plans;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    Notifier notifier;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;

    String caseNumber;

    @BeforeEach
    void caseUnderStandardContract() {
        caseNumber = fixture.caseUnderContract(Plan.STANDARD);
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 5));
    }

    static Instant tokyo(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BusinessTime.ZONE).toInstant();
    }

    /** The reply-due rules the service last recorded, as the table holds them. */
    String recordedRules() {
        return jdbc.sql("SELECT digest FROM reply_due_rules").query(String.class).single();
    }

    static void clockAt(Instant instant) {
        TestClock.setTokyo(LocalDateTime.ofInstant(instant, BusinessTime.ZONE));
    }

    Consultation receive(String receivedAt) {
        return consultations.receive(caseNumber, new NewConsultation("EMAIL", receivedAt,
                "佐藤 花子 <hanako@client.example>", "会議の進め方について (How to run our meetings)"), "consultant");
    }

    ProcessInstance instance(Consultation consultation) {
        return processInstanceQuery().processInstanceBusinessKey(consultation.businessKey()).singleResult();
    }

    Job timer(Consultation consultation, String activityId) {
        return jobQuery().processInstanceId(consultation.processInstanceId()).activityId(activityId).singleResult();
    }

    /** Moves the clock to the timer's due time and fires it, as the job executor would. */
    void fire(Consultation consultation, String activityId) {
        Timers.fire(consultation.processInstanceId(), activityId);
    }

    Task task(Consultation consultation, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(consultation.processInstanceId())
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    void reply(Consultation consultation, int minutes) {
        tasks.complete(task(consultation, ConsultationProcess.TASK_REPLY).getId(),
                Map.of("minutes", minutes, "summary", "論点を整理して返信 (Replied with the issues sorted out)"));
    }

    Consultation reload(Consultation consultation) {
        return consultations.get(consultation.id());
    }

    @Nested
    class InTime {

        @Test
        void theConsultantsReplyTaskIsDueAtTheCalendarsDueTimeWithItsTwoTimers() {
            Consultation received = receive(MONDAY_10);

            Assertions.assertThat(received.businessKey()).isEqualTo(caseNumber + "/" + received.id());
            Assertions.assertThat(received.plan()).isEqualTo(Plan.STANDARD);
            Assertions.assertThat(received.dueAt()).isEqualTo(DUE);
            Assertions.assertThat(received.reminderAt()).isEqualTo(REMINDER);
            Assertions.assertThat(calendar.replyDue(received.receivedAt(), Plan.STANDARD))
                    .isEqualTo(new ReplyDue(received.dueAt(), received.reminderAt()));
            Assertions.assertThat(received.recordedBy()).isEqualTo("consultant");
            ProcessInstance instance = instance(received);
            assertThat(instance).isStarted().hasPassed(ConsultationProcess.TASK_REGISTER_CONSULTATION).isWaitingAt(ConsultationProcess.TASK_REPLY)
                    .task().isAssignedTo("consultant").hasDueDate(Date.from(DUE));
            Assertions.assertThat(task(received, ConsultationProcess.TASK_REPLY).getDescription())
                    .contains(caseNumber, "会議の進め方について", "2026-12-08 18:00", "メール (E-mail)", "(スタンダード (Standard))");
            Assertions.assertThat(runtime.getVariables(instance.getId()))
                    .containsOnlyKeys(ConsultationProcess.CASE_NUMBER, "organisation", ConsultationProcess.CONSULTATION_ID,
                            ConsultationProcess.CONSULTANT);
            Assertions.assertThat(timer(received, ConsultationProcess.EVENT_REMINDER_DUE).getDuedate()).isEqualTo(Date.from(REMINDER));
            Assertions.assertThat(timer(received, ConsultationProcess.EVENT_REPLY_OVERDUE).getDuedate()).isEqualTo(Date.from(DUE));
        }

        @Test
        void aReplyBeforeTheReminderEndsItAndCancelsBothTimers() {
            Consultation received = receive(MONDAY_10);
            ProcessInstance instance = instance(received);
            clockAt(tokyo(2026, 12, 8, 11, 0));

            reply(received, 30);

            assertThat(instance).isEnded().hasPassed(ConsultationProcess.END_REPLIED).hasNotPassed(ConsultationProcess.TASK_REMIND_CONSULTANT);
            Assertions.assertThat(jobQuery().processInstanceId(received.processInstanceId()).count()).isZero();
            Consultation replied = reload(received);
            Assertions.assertThat(replied.reply()).satisfies(reply -> {
                Assertions.assertThat(reply.repliedAt()).isEqualTo(tokyo(2026, 12, 8, 11, 0));
                Assertions.assertThat(reply.repliedBy()).isEqualTo("consultant");
                Assertions.assertThat(reply.minutes()).isEqualTo(30);
                Assertions.assertThat(reply.delayMinutes()).isNull();
            });
            Assertions.assertThat(replied.isRepliedInTime()).isTrue();
            Assertions.assertThat(replied.remindedAt()).isNull();
            Assertions.assertThat(replied.escalation()).isNull();
        }

        @Test
        void theReminderThenAReplyBeforeTheDueTime() {
            Consultation received = receive(MONDAY_10);

            fire(received, ConsultationProcess.EVENT_REMINDER_DUE);

            assertThat(instance(received)).hasPassed(ConsultationProcess.TASK_REMIND_CONSULTANT, ConsultationProcess.END_REMINDED).isWaitingAt(ConsultationProcess.TASK_REPLY);
            Assertions.assertThat(reload(received).remindedAt()).isEqualTo(REMINDER);
            Assertions.assertThat(timer(received, ConsultationProcess.EVENT_REPLY_OVERDUE)).isNotNull();

            ProcessInstance instance = instance(received);
            clockAt(tokyo(2026, 12, 8, 17, 59));
            reply(received, 45);

            assertThat(instance).isEnded();
            Assertions.assertThat(reload(received).isRepliedInTime()).isTrue();
            Assertions.assertThat(reload(received).escalation()).isNull();
        }

        @Test
        void aReplyWithInvalidValuesIsRefusedAndNothingIsRecorded() {
            Consultation received = receive(MONDAY_10);

            assertThatThrownBy(() -> tasks.complete(task(received, ConsultationProcess.TASK_REPLY).getId(),
                    Map.of("minutes", 0, "summary", " ")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("minutes: must be at least 1")
                    .hasMessageContaining("summary: is required");

            assertThat(instance(received)).isWaitingAt(ConsultationProcess.TASK_REPLY);
            Assertions.assertThat(reload(received).reply()).isNull();
        }
    }

    @Nested
    class Late {

        @Test
        void theDueTimeEscalatesToTheManagersThenTheLateReplyRecordsItsDelayInBusinessTime() {
            Consultation received = receive(MONDAY_10);
            fire(received, ConsultationProcess.EVENT_REMINDER_DUE);
            long escalationsBefore = meters.get("bansou.escalation.lag").timer().count();

            fire(received, ConsultationProcess.EVENT_REPLY_OVERDUE);

            Assertions.assertThat(meters.get("bansou.escalation.lag").timer().count()).isEqualTo(escalationsBefore + 1);

            ProcessInstance instance = instance(received);
            assertThat(instance).hasPassed(ConsultationProcess.TASK_RECORD_BREACH).isWaitingAt(ConsultationProcess.TASK_REPLY, ConsultationProcess.TASK_ESCALATE);
            Assertions.assertThat(task(received, ConsultationProcess.TASK_ESCALATE)).satisfies(escalation -> {
                Assertions.assertThat(escalation.getAssignee()).isNull();
                Assertions.assertThat(escalation.getDescription()).contains("会議の進め方について");
            });
            Assertions.assertThat(tasks.createTaskQuery().taskCandidateGroup("managers")
                    .processInstanceId(instance.getId()).singleResult()).isNotNull();
            Assertions.assertThat(reload(received).escalation()).satisfies(escalation -> {
                Assertions.assertThat(escalation.breachedAt()).isEqualTo(DUE);
                Assertions.assertThat(escalation.consultantNotifiedAt()).isEqualTo(DUE);
                Assertions.assertThat(escalation.action()).isNull();
            });
            Assertions.assertThat(task(received, ConsultationProcess.TASK_REPLY).getAssignee()).isEqualTo("consultant");
            Assertions.assertThat(notifier.messagesFor("consultant"))
                    .filteredOn(message -> message.body().contains(received.businessKey()))
                    .extracting(message -> message.topic())
                    .containsExactly(ConsultantNotifications.TOPIC_REMINDER, ConsultantNotifications.TOPIC_OVERDUE);

            clockAt(tokyo(2026, 12, 8, 18, 20));
            Task escalation = task(received, ConsultationProcess.TASK_ESCALATE);
            tasks.claim(escalation.getId(), "manager");
            tasks.complete(escalation.getId(), Map.of("escalationAction", "CONSULTANT_CHASED",
                    "escalationNote", "明朝一番に返信するよう指示 (Told to reply first thing tomorrow)"));

            assertThat(instance).hasPassed(ConsultationProcess.END_ESCALATION_HANDLED).isWaitingAt(ConsultationProcess.TASK_REPLY);
            Assertions.assertThat(reload(received).escalation()).satisfies(handled -> {
                Assertions.assertThat(handled.action()).isEqualTo(EscalationAction.CONSULTANT_CHASED);
                Assertions.assertThat(handled.handledBy()).isEqualTo("manager");
                Assertions.assertThat(handled.handledAt()).isEqualTo(tokyo(2026, 12, 8, 18, 20));
            });

            clockAt(tokyo(2026, 12, 9, 10, 30));
            reply(received, 60);

            assertThat(instance).isEnded().hasPassed(ConsultationProcess.END_REPLIED);
            Consultation late = reload(received);
            Assertions.assertThat(late.isRepliedInTime()).isFalse();
            Assertions.assertThat(late.reply().delayMinutes()).as("Wed 09:00-10:30, the evening does not count")
                    .isEqualTo(90);
        }

        @Test
        void aLateReplyClosesAnEscalationNoManagerHandledYet() {
            Consultation received = receive(MONDAY_10);
            fire(received, ConsultationProcess.EVENT_REPLY_OVERDUE);
            String escalationId = task(received, ConsultationProcess.TASK_ESCALATE).getId();
            ProcessInstance instance = instance(received);

            clockAt(tokyo(2026, 12, 9, 9, 0).plusSeconds(30));
            reply(received, 20);

            assertThat(instance).isEnded();
            Assertions.assertThat(history.createHistoricTaskInstanceQuery().taskId(escalationId).singleResult()
                    .getDeleteReason()).isEqualTo("deleted");
            Assertions.assertThat(reload(received).reply().delayMinutes())
                    .as("30 business seconds late count as a started minute").isEqualTo(1);
        }

        @Test
        void aReplyAfterHoursOnTheDueDayIsLateByZeroBusinessMinutes() {
            Consultation received = receive(MONDAY_10);
            fire(received, ConsultationProcess.EVENT_REPLY_OVERDUE);

            clockAt(tokyo(2026, 12, 8, 21, 0));
            reply(received, 15);

            Consultation late = reload(received);
            Assertions.assertThat(late.isRepliedInTime()).isFalse();
            Assertions.assertThat(late.reply().delayMinutes()).isZero();
        }

        @Test
        void timersWhoseTimeHasPassedAtStartAreDueAtOnceAndTheStaleReminderIsSkipped() {
            clockAt(tokyo(2026, 12, 9, 12, 0));

            Consultation recordedLate = receive(MONDAY_10);

            List<Job> due = jobQuery().processInstanceId(recordedLate.processInstanceId()).executable().list();
            Assertions.assertThat(due).extracting(Job::getDuedate)
                    .containsExactlyInAnyOrder(Date.from(REMINDER), Date.from(DUE));
            due.forEach(job -> management.executeJob(job.getId()));

            assertThat(instance(recordedLate)).isWaitingAt(ConsultationProcess.TASK_REPLY, ConsultationProcess.TASK_ESCALATE)
                    .hasPassed(ConsultationProcess.TASK_REMIND_CONSULTANT, ConsultationProcess.TASK_RECORD_BREACH);
            Consultation escalated = reload(recordedLate);
            Assertions.assertThat(escalated.escalation().breachedAt()).isEqualTo(tokyo(2026, 12, 9, 12, 0));
            Assertions.assertThat(escalated.remindedAt()).as("no reminder after the due time").isNull();
        }

        @Test
        void aReminderTimeThatHasPassedAtStartRemindsAtOnce() {
            clockAt(tokyo(2026, 12, 8, 15, 0));

            Consultation recordedLate = receive(MONDAY_10);

            Job reminder = jobQuery().processInstanceId(recordedLate.processInstanceId()).executable().singleResult();
            Assertions.assertThat(reminder.getDuedate()).isEqualTo(Date.from(REMINDER));
            execute(reminder);
            Assertions.assertThat(reload(recordedLate).remindedAt()).isEqualTo(tokyo(2026, 12, 8, 15, 0));
            assertThat(instance(recordedLate)).isWaitingAt(ConsultationProcess.TASK_REPLY);
        }
    }

    @Nested
    class PlanInForce {

        @Test
        void aRevisionToLightGivesConsultationsReceivedFromItsEffectiveDateTwoBusinessDays() {
            TestClock.setTokyo(SIGNED_ON);
            contracts.giveNotice(caseNumber, new NoticeRequest(NoticeKind.REVISION, Party.CLIENT, SIGNED_ON,
                    "判断の壁打ちで足りる (Sparring on decisions is enough)", Plan.LIGHT), "consultant");
            LocalDate effective = LocalDate.of(2026, 12, 24);
            TestClock.setTokyo(LocalDateTime.of(2026, 12, 22, 10, 5));
            Consultation beforeSwitch = receive("2026-12-22T10:00:00+09:00");

            ProcessInstance engagement = processInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .processDefinitionKey(EngagementProcess.PROCESS_ID).singleResult();
            Job switchPlan = jobQuery().processInstanceId(engagement.getId()).activityId(EngagementProcess.EVENT_NOTICE_EFFECTIVE)
                    .singleResult();
            Assertions.assertThat(switchPlan.getDuedate())
                    .isEqualTo(Date.from(effective.atStartOfDay(BusinessTime.ZONE).toInstant()));
            clockAt(switchPlan.getDuedate().toInstant());
            execute(switchPlan);
            TestClock.setTokyo(LocalDateTime.of(2026, 12, 24, 10, 5));
            Consultation afterSwitch = receive("2026-12-24T10:00:00+09:00");
            Consultation receivedBeforeRecordedAfter = receive("2026-12-23T17:00:00+09:00");

            Assertions.assertThat(contracts.planOn(caseNumber, effective)).contains(Plan.LIGHT);
            Assertions.assertThat(beforeSwitch.plan()).isEqualTo(Plan.STANDARD);
            Assertions.assertThat(beforeSwitch.dueAt()).isEqualTo(tokyo(2026, 12, 23, 18, 0));
            Assertions.assertThat(afterSwitch.plan()).isEqualTo(Plan.LIGHT);
            Assertions.assertThat(afterSwitch.dueAt()).as("Fri 25, Mon 28; the year-end closure starts on the 29th")
                    .isEqualTo(tokyo(2026, 12, 28, 18, 0));
            Assertions.assertThat(receivedBeforeRecordedAfter.plan()).isEqualTo(Plan.STANDARD);
            Assertions.assertThat(receivedBeforeRecordedAfter.dueAt()).isEqualTo(tokyo(2026, 12, 24, 18, 0));
            Assertions.assertThat(timer(afterSwitch, ConsultationProcess.EVENT_REPLY_OVERDUE).getDuedate())
                    .isEqualTo(Date.from(tokyo(2026, 12, 28, 18, 0)));
        }

        @Test
        void aRenewalOnAnotherPlanGivesTheNewPlansSla() {
            String light = fixture.caseUnderContract(Plan.LIGHT);
            ProcessInstance engagement = processInstanceQuery().processInstanceBusinessKey(light)
                    .processDefinitionKey(EngagementProcess.PROCESS_ID).singleResult();
            Job review = jobQuery().processInstanceId(engagement.getId()).activityId(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE).singleResult();
            clockAt(review.getDuedate().toInstant());
            execute(review);
            fixture.complete(light, EngagementProcess.TASK_TRIAL_REVIEW, Map.of("decision", "RENEW", "nextPlan", "ADVANCED",
                    "approachFits", "YES", "decisionNote", "範囲を広げる (Widen the scope)"));
            Job termEnds = jobQuery().processInstanceId(engagement.getId()).activityId(EngagementProcess.EVENT_TERM_ENDS).singleResult();
            clockAt(termEnds.getDuedate().toInstant());
            execute(termEnds);
            TestClock.setTokyo(LocalDateTime.of(2027, 3, 2, 10, 5));

            Consultation lastTrialDay = consultations.receive(light, new NewConsultation("CHAT",
                    "2027-02-26T10:00:00+09:00", "経営者 (CEO)", "最終判断 (Final call)"), "consultant");
            Consultation renewed = consultations.receive(light, new NewConsultation("CHAT",
                    "2027-03-01T10:00:00+09:00", "経営者 (CEO)", "全社展開 (Company-wide roll-out)"), "consultant");

            Assertions.assertThat(lastTrialDay.plan()).isEqualTo(Plan.LIGHT);
            Assertions.assertThat(lastTrialDay.dueAt()).as("Fri → Mon, Tue").isEqualTo(tokyo(2027, 3, 2, 18, 0));
            Assertions.assertThat(renewed.plan()).isEqualTo(Plan.ADVANCED);
            Assertions.assertThat(renewed.dueAt()).as("Mon → Tue").isEqualTo(tokyo(2027, 3, 2, 18, 0));
        }
    }

    @Nested
    class Access {

        <T> T as(String user, String group, Supplier<T> query) {
            identity.setAuthentication(user, List.of(group));
            try {
                return query.get();
            } finally {
                identity.clearAuthentication();
            }
        }

        @Test
        void theCasesConsultantSeesTheConsultationAndItsReplyTaskAnotherConsultantDoesNot() {
            String instanceId = receive(MONDAY_10).processInstanceId();

            Assertions.assertThat(as("consultant", "consultants",
                    () -> runtime.createProcessInstanceQuery().processInstanceId(instanceId).count())).isEqualTo(1);
            Assertions.assertThat(as("consultant", "consultants",
                    () -> tasks.createTaskQuery().processInstanceId(instanceId).count())).isEqualTo(1);
            Assertions.assertThat(as("consultant2", "consultants",
                    () -> runtime.createProcessInstanceQuery().processInstanceId(instanceId).count())).isZero();
            Assertions.assertThat(as("consultant2", "consultants",
                    () -> tasks.createTaskQuery().processInstanceId(instanceId).count())).isZero();
        }
    }

    @Nested
    class StartForm {

        String definitionId() {
            return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ConsultationProcess.PROCESS_ID)
                    .latestVersion().singleResult().getId();
        }

        @Test
        void anotherConsultantCannotRecordAConsultationForTheCaseFromTasklist() {
            Map<String, Object> form = new HashMap<>();
            form.put("caseNumber", caseNumber);
            form.put("channel", "EMAIL");
            form.put("receivedAt", "2026-12-07T10:00+09:00");
            form.put("sender", "s@example.jp");
            form.put("subject", "s");
            identity.setAuthentication("consultant2", List.of("consultants"));
            try {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> forms.submitStartForm(definitionId(), form))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("consultant2 is not the consultant of " + caseNumber);
            } finally {
                identity.clearAuthentication();
            }
            Assertions.assertThat(consultations.consultations(caseNumber)).isEmpty();
        }

        @Test
        void tasklistsStartFormRegistersTheConsultationUnderItsCaseAndId() {
            Map<String, Object> form = new HashMap<>();
            form.put("caseNumber", caseNumber);
            form.put("channel", "CHAT");
            form.put("receivedAt", "2026-12-07T10:00+09:00");
            form.put("sender", "現場リーダー (Field leader)");
            form.put("subject", "週次会議の議題 (Agenda of the weekly meeting)");
            identity.setAuthentication("consultant", List.of("consultants")); // authorizations apply, as in Tasklist
            ProcessInstance started;
            try {
                started = forms.submitStartForm(definitionId(), form);
            } finally {
                identity.clearAuthentication();
            }

            Consultation registered = consultations.consultations(caseNumber).get(0);
            Assertions.assertThat(started.getBusinessKey()).isEqualTo(caseNumber + "/" + registered.id());
            assertThat(started).isWaitingAt(ConsultationProcess.TASK_REPLY).task().isAssignedTo("consultant").hasDueDate(Date.from(DUE));
            Assertions.assertThat(registered.channel()).isEqualTo(Channel.CHAT);
            Assertions.assertThat(registered.recordedBy()).isEqualTo("consultant");
            Assertions.assertThat(registered.processInstanceId()).isEqualTo(started.getId());
            Assertions.assertThat(runtime.getVariables(started.getId()))
                    .containsOnlyKeys(ConsultationProcess.CASE_NUMBER, "organisation", ConsultationProcess.CONSULTATION_ID,
                            ConsultationProcess.CONSULTANT);
        }

        @Test
        void anInvalidStartFormStartsNothingAndNamesTheFields() {
            String noContract = fixture.inquiry();
            long instances = runtime.createProcessInstanceQuery().processDefinitionKey(ConsultationProcess.PROCESS_ID).count();

            assertThatThrownBy(() -> forms.submitStartForm(definitionId(), Map.of("caseNumber", noContract,
                    "channel", "FAX", "receivedAt", "2026-12-07T10:00+09:00", "sender", "s", "subject", "t")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("caseNumber: " + noContract + " has no running contract")
                    .hasMessageContaining("channel: must be one of [EMAIL, CHAT]");
            assertThatThrownBy(() -> forms.submitStartForm(definitionId(), Map.of("caseNumber", "C-2099-0001",
                    "channel", "EMAIL", "receivedAt", "2026-12-07T10:00+09:00", "sender", "s", "subject", "t")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("caseNumber: no case C-2099-0001");

            Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ConsultationProcess.PROCESS_ID).count())
                    .isEqualTo(instances);
            Assertions.assertThat(consultations.consultations(noContract)).isEmpty();
        }
    }

    @Nested
    class CalendarChange {

        BusinessCalendar withExtraHoliday(LocalDate date) {
            CalendarProperties changed = new CalendarProperties(calendarProperties.businessDayStart(),
                    calendarProperties.businessDayEnd(), calendarProperties.reminderBefore(),
                    calendarProperties.closures(), List.of(new DatedName(date, "臨時休業 (Extra closure)")), List.of());
            return new BusinessCalendar(changed, plans);
        }

        @Test
        void openConsultationsWhoseDueTimeMovesAreRescheduledTimersAndTaskIncluded() {
            Consultation open = receive(MONDAY_10);
            Consultation answered = receive("2026-12-07T09:30:00+09:00");
            reply(answered, 10);
            ReplyRescheduling rescheduling = new ReplyRescheduling(withExtraHoliday(LocalDate.of(2026, 12, 8)),
                    repository, management, tasks, clock);

            Assertions.assertThat(rescheduling.rescheduleOpenConsultations()).contains(open.id())
                    .doesNotContain(answered.id());

            Instant movedDue = tokyo(2026, 12, 9, 18, 0);
            Instant movedReminder = tokyo(2026, 12, 9, 14, 0);
            Consultation moved = reload(open);
            Assertions.assertThat(moved.dueAt()).isEqualTo(movedDue);
            Assertions.assertThat(moved.reminderAt()).isEqualTo(movedReminder);
            Assertions.assertThat(timer(open, ConsultationProcess.EVENT_REPLY_OVERDUE).getDuedate()).isEqualTo(Date.from(movedDue));
            Assertions.assertThat(timer(open, ConsultationProcess.EVENT_REMINDER_DUE).getDuedate()).isEqualTo(Date.from(movedReminder));
            Task reply = task(open, ConsultationProcess.TASK_REPLY);
            Assertions.assertThat(reply.getDueDate()).isEqualTo(Date.from(movedDue));
            Assertions.assertThat(reply.getDescription()).contains("2026-12-09 18:00");
            Assertions.assertThat(reload(answered).dueAt()).isEqualTo(tokyo(2026, 12, 8, 18, 0));

            Assertions.assertThat(rescheduling.rescheduleOpenConsultations()).doesNotContain(open.id());
            Assertions.assertThat(new ReplyRescheduling(calendar, repository, management, tasks, clock)
                    .rescheduleOpenConsultations()).contains(open.id());
            Assertions.assertThat(reload(open).dueAt()).isEqualTo(DUE);
            Assertions.assertThat(timer(open, ConsultationProcess.EVENT_REPLY_OVERDUE).getDuedate()).isEqualTo(Date.from(DUE));
        }

        @Test
        void aStartUpUnderTheRulesOfTheLastOneLeavesTheDueTimesAloneAndOneUnderOtherRulesMovesThem() {
            Consultation open = receive(MONDAY_10);
            ReplyRescheduling withHoliday = new ReplyRescheduling(withExtraHoliday(LocalDate.of(2026, 12, 8)),
                    repository, management, tasks, clock);

            withHoliday.run(null);
            Instant movedDue = tokyo(2026, 12, 9, 18, 0);
            Assertions.assertThat(reload(open).dueAt()).isEqualTo(movedDue);
            Assertions.assertThat(recordedRules())
                    .isEqualTo(withExtraHoliday(LocalDate.of(2026, 12, 8)).replyDueRules());

            // Under the same rules the due times are taken as they stand: the consultations are not read again.
            Instant movedReminder = tokyo(2026, 12, 9, 14, 0);
            repository.reschedule(open.id(), new ReplyDue(DUE, REMINDER));
            withHoliday.run(null);
            Assertions.assertThat(reload(open).dueAt()).isEqualTo(DUE);
            repository.reschedule(open.id(), new ReplyDue(movedDue, movedReminder));

            new ReplyRescheduling(calendar, repository, management, tasks, clock).run(null);
            Assertions.assertThat(reload(open).dueAt()).isEqualTo(DUE);
            Assertions.assertThat(timer(open, ConsultationProcess.EVENT_REPLY_OVERDUE).getDuedate()).isEqualTo(Date.from(DUE));
            Assertions.assertThat(recordedRules()).isEqualTo(calendar.replyDueRules());
        }

        /**
         * Two nodes started together after the rules changed (H2 here; PostgreSQL locks the same way): the second
         * waits for the first, then finds the new rules recorded and moves nothing again.
         */
        @Test
        void nodesStartingTogetherAfterAChangeTakeTurns() throws Exception {
            Consultation open = receive(MONDAY_10);
            BusinessCalendar changed = withExtraHoliday(LocalDate.of(2026, 12, 8));
            TransactionTemplate startUp = new TransactionTemplate(transactionManager);
            CountDownLatch firstRescheduled = new CountDownLatch(1);
            CountDownLatch firstMayCommit = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            List<Long> movedByFirst;
            List<Long> movedBySecond;
            try {
                Future<List<Long>> first = nodes.submit(() -> startUp.execute(status -> {
                    List<Long> moved = new ReplyRescheduling(changed, repository, management, tasks, clock)
                            .rescheduleIfTheRulesChanged();
                    firstRescheduled.countDown();
                    awaitUninterruptibly(firstMayCommit);
                    return moved;
                }));
                Assertions.assertThat(firstRescheduled.await(30, TimeUnit.SECONDS)).isTrue();
                Future<List<Long>> second = nodes.submit(() -> startUp.execute(status ->
                        new ReplyRescheduling(changed, repository, management, tasks, clock)
                                .rescheduleIfTheRulesChanged()));
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")
                        .query(Long.class).single() > 0);
                firstMayCommit.countDown();
                movedByFirst = first.get(30, TimeUnit.SECONDS);
                movedBySecond = second.get(30, TimeUnit.SECONDS);
            } finally {
                firstMayCommit.countDown();
                nodes.shutdown();
            }

            Assertions.assertThat(movedByFirst).contains(open.id());
            Assertions.assertThat(movedBySecond).isEmpty();
            Instant movedDue = tokyo(2026, 12, 9, 18, 0);
            Assertions.assertThat(reload(open).dueAt()).isEqualTo(movedDue);
            Assertions.assertThat(timer(open, ConsultationProcess.EVENT_REPLY_OVERDUE).getDuedate())
                    .isEqualTo(Date.from(movedDue));
            Assertions.assertThat(recordedRules()).isEqualTo(changed.replyDueRules());
            new ReplyRescheduling(calendar, repository, management, tasks, clock).run(null);
        }

        private static void awaitUninterruptibly(CountDownLatch latch) {
            try {
                latch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Test
        void aDueTimeMovedIntoThePastIsDueAtOnce() {
            Consultation open = receive(MONDAY_10);
            new ReplyRescheduling(withExtraHoliday(LocalDate.of(2026, 12, 8)), repository, management, tasks, clock)
                    .rescheduleOpenConsultations();
            clockAt(tokyo(2026, 12, 9, 10, 0));
            Assertions.assertThat(jobQuery().processInstanceId(open.processInstanceId()).executable().count()).isZero();

            // The extra holiday is configured away again: the reply was due yesterday.
            new ReplyRescheduling(calendar, repository, management, tasks, clock).rescheduleOpenConsultations();

            List<Job> due = jobQuery().processInstanceId(open.processInstanceId()).executable().list();
            Assertions.assertThat(due).extracting(Job::getDuedate)
                    .containsExactlyInAnyOrder(Date.from(REMINDER), Date.from(DUE));
            due.forEach(job -> management.executeJob(job.getId()));
            assertThat(instance(open)).isWaitingAt(ConsultationProcess.TASK_REPLY, ConsultationProcess.TASK_ESCALATE);
            Assertions.assertThat(reload(open).escalation().breachedAt()).isEqualTo(tokyo(2026, 12, 9, 10, 0));
        }
    }
}
