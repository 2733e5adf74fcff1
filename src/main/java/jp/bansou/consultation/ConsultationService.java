package jp.bansou.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.bansou.calendar.BusinessCalendar;
import jp.bansou.calendar.ReplyDue;
import jp.bansou.consultation.Consultation.Reply;
import jp.bansou.contract.ContractService;
import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementService;
import jp.bansou.engagement.Plan;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;
import jp.bansou.platform.NotFoundException;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily consultations and their reply SLA (domain.md, section 3): the plan in force at receipt sets the due time,
 * the consultant is reminded before it, a late reply is escalated and, when it comes, its delay in business
 * time is recorded. The {@code consultation} process calls in here; so does the API, through the process.
 */
@Service
@Transactional
public class ConsultationService {

    static final int MAX_REPLY_MINUTES = 24 * 60;
    static final int MAX_SENDER = 200;
    static final int MAX_SUBJECT = 500;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_NOTE = 2000;

    private static final Logger log = LoggerFactory.getLogger(ConsultationService.class);

    private final ConsultationRepository consultations;
    private final EngagementService engagements;
    private final ContractService contracts;
    private final BusinessCalendar calendar;
    private final ConsultationProperties properties;
    private final ConsultantNotifications notifications;
    private final ConsultationMetrics metrics;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HourLedger hours;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, EngagementService engagements,
            ContractService contracts, BusinessCalendar calendar, ConsultationProperties properties,
            ConsultantNotifications notifications, ConsultationMetrics metrics, RuntimeService runtime,
            TaskService tasks, HourLedger hours, Clock clock) {
        this.consultations = consultations;
        this.engagements = engagements;
        this.contracts = contracts;
        this.calendar = calendar;
        this.properties = properties;
        this.notifications = notifications;
        this.metrics = metrics;
        this.runtime = runtime;
        this.tasks = tasks;
        this.hours = hours;
        this.clock = clock;
    }

    /**
     * Starts the {@code consultation} process for a consultation received for a case, recorded by
     * {@code recordedBy} (the caller checked their access to the case: the engine runs the process without an
     * authenticated user, as for every command of the service's API). Unknown case: {@link NotFoundException};
     * invalid input: {@link InvalidInputException} before anything starts.
     */
    public Consultation receive(String caseNumber, NewConsultation input, String recordedBy) {
        engagements.get(caseNumber);
        check(caseNumber, input);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ConsultationProcess.CASE_NUMBER, caseNumber);
        variables.put(ConsultationProcess.CHANNEL, input.channel());
        variables.put(ConsultationProcess.RECEIVED_AT, input.receivedAt());
        variables.put(ConsultationProcess.SENDER, input.sender());
        variables.put(ConsultationProcess.SUBJECT, input.subject());
        variables.put(ConsultationProcess.RECORDED_BY, recordedBy);
        Object id = runtime.createProcessInstanceByKey(ConsultationProcess.PROCESS_ID)
                .setVariables(variables)
                .executeWithVariablesInReturn()
                .getVariables()
                .get(ConsultationProcess.CONSULTATION_ID);
        return get(((Number) id).longValue());
    }

    /** 相談の登録 (Register consultation): the process's first step, whether the API or Tasklist started it. */
    Consultation register(String caseNumber, NewConsultation input, String processInstanceId, String recordedBy) {
        Receipt receipt = check(caseNumber, input);
        ReplyDue due = calendar.replyDue(receipt.receivedAt(), receipt.plan());
        long id = consultations.insert(receipt, consultantOf(caseNumber), due, processInstanceId, recordedBy,
                clock.instant());
        Consultation consultation = get(id);
        log.info("Consultation {} received {} by {} on plan {}: reply due {}, reminder {}", consultation.businessKey(),
                receipt.receivedAt(), receipt.channel(), receipt.plan(), due.dueAt(), due.reminderAt());
        return consultation;
    }

    /** 担当者へのリマインド: the reminder time came and the reply is still owed. */
    void remind(long id) {
        Consultation consultation = get(id);
        Instant now = clock.instant();
        if (!consultation.isOpen()) {
            return;
        }
        if (!now.isBefore(consultation.dueAt())) {
            // Registered, or the engine back, after the due time: the escalation says it all, a reminder would be noise.
            log.info("Consultation {}: reminder skipped, the reply was already due at {}", consultation.businessKey(),
                    consultation.dueAt());
            return;
        }
        consultations.recordReminder(id, now);
        notifications.replyComingDue(consultation, consultantOf(consultation.caseNumber()));
    }

    /** 遅延の記録と通知: the due time passed without a reply; the reply stays owed. */
    void recordBreach(long id) {
        Consultation consultation = get(id);
        if (!consultation.isOpen()) {
            return;
        }
        Instant now = clock.instant();
        consultations.recordBreach(id, now, now);
        metrics.escalated(consultation, now);
        notifications.replyOverdue(consultation, consultantOf(consultation.caseNumber()));
    }

    /** 返信遅延エスカレーション: what a manager did about the late reply. */
    void recordEscalationHandling(long id, EscalationAction action, String note, String manager) {
        get(id);
        if (note.length() > MAX_NOTE) {
            throw new InvalidInputException("escalationNote", "must have at most " + MAX_NOTE + " characters");
        }
        consultations.recordEscalationHandling(id, action, note, manager, clock.instant());
    }

    /**
     * 相談への返信 (Reply to consultation), when its task is completed, from Tasklist or through
     * {@link #reply}: the reply is recorded once, with its delay in business time if it came after the due time.
     */
    void recordReply(long id, int minutes, String summary, String repliedBy) {
        Consultation consultation = get(id);
        if (!consultation.isOpen()) {
            throw new AlreadyRepliedException(consultation);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (minutes < 1 || minutes > MAX_REPLY_MINUTES) {
            problems.add(new FieldProblem("minutes", "must be between 1 and " + MAX_REPLY_MINUTES));
        }
        if (summary.length() > MAX_SUMMARY) {
            problems.add(new FieldProblem("summary", "must have at most " + MAX_SUMMARY + " characters"));
        }
        reject(problems);
        Instant now = clock.instant();
        Integer delay = now.isAfter(consultation.dueAt())
                ? businessMinutes(calendar.businessTimeBetween(consultation.dueAt(), now)) : null;
        if (!consultations.recordReply(id, new Reply(now, repliedBy, minutes, summary, delay))) {
            throw new AlreadyRepliedException(get(id));
        }
        hours.record(new NewTimeEntry(consultation.caseNumber(), repliedBy, LocalDate.ofInstant(now, BusinessTime.ZONE),
                minutes, TimeEntryCategory.CONSULTATION, false,
                "相談への返信 (Reply to consultation) " + consultation.businessKey() + ": " + consultation.subject(),
                repliedBy));
        if (delay != null) {
            log.info("Consultation {} answered late by {}: {} business minutes after {}", consultation.businessKey(),
                    repliedBy, delay, consultation.dueAt());
        }
    }

    /**
     * The API's reply: completes the consultation's reply task through the engine, so that the rule of
     * {@link #recordReply} and the task form's validation apply as in Tasklist. A reply by someone other than the
     * task's assignee (a manager) takes the task over first, so the reply is recorded as theirs.
     */
    public Consultation reply(long id, Integer minutes, String summary, String user) {
        Consultation consultation = get(id);
        if (!consultation.isOpen()) {
            throw new AlreadyRepliedException(consultation);
        }
        Task task = tasks.createTaskQuery().processInstanceId(consultation.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_REPLY).singleResult();
        if (task == null) {
            throw new AlreadyRepliedException(id, "no reply is open for it any more");
        }
        if (!user.equals(task.getAssignee())) {
            tasks.setAssignee(task.getId(), user);
        }
        Map<String, Object> values = new HashMap<>();
        values.put("minutes", minutes);
        values.put("summary", summary);
        tasks.complete(task.getId(), values);
        return get(id);
    }

    @Transactional(readOnly = true)
    public Consultation get(long id) {
        return consultations.find(id).orElseThrow(() -> new NotFoundException("No consultation " + id));
    }

    @Transactional(readOnly = true)
    public List<Consultation> consultations(String caseNumber) {
        engagements.get(caseNumber);
        return consultations.findByCase(caseNumber);
    }

    /**
     * Every check on a consultation as it arrives, all problems at once. An unknown case is an input error here
     * (Tasklist's start form names it); {@link #receive} answers it with 404 before.
     */
    private Receipt check(String caseNumber, NewConsultation input) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean running = false;
        if (isBlank(caseNumber)) {
            problems.add(new FieldProblem("caseNumber", "is required"));
        } else if (findCase(caseNumber).isEmpty()) {
            problems.add(new FieldProblem("caseNumber", "no case " + caseNumber));
        } else if (contracts.runningContract(caseNumber).isEmpty()) {
            problems.add(new FieldProblem("caseNumber", caseNumber + " has no running contract"));
        } else {
            running = true;
        }
        Channel channel = channel(input.channel(), problems);
        Instant receivedAt = receivedAt(input.receivedAt(), problems);
        Plan plan = null;
        if (running && receivedAt != null) {
            LocalDate day = receivedAt.atZone(BusinessTime.ZONE).toLocalDate();
            Optional<Plan> inForce = contracts.planOn(caseNumber, day);
            if (inForce.isEmpty()) {
                problems.add(new FieldProblem("receivedAt", caseNumber + " had no contract on " + day
                        + " (Asia/Tokyo): no plan decides the reply SLA of a consultation received then"));
            } else {
                plan = inForce.get();
                dueOrProblem(receivedAt, plan, problems);
            }
        }
        String sender = text("sender", input.sender(), MAX_SENDER, problems);
        String subject = text("subject", input.subject(), MAX_SUBJECT, problems);
        reject(problems);
        return new Receipt(caseNumber, channel, receivedAt, sender, subject, plan);
    }

    private Optional<Engagement> findCase(String caseNumber) {
        try {
            return Optional.of(engagements.get(caseNumber));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The case's consultant now: the one at receipt, unless the case was handed to another since. */
    private String consultantOf(String caseNumber) {
        String consultant = engagements.get(caseNumber).consultant();
        return consultant != null ? consultant : contracts.runningContract(caseNumber).orElseThrow().consultant();
    }

    private void dueOrProblem(Instant receivedAt, Plan plan, List<FieldProblem> problems) {
        try {
            calendar.replyDue(receivedAt, plan);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
    }

    private static Channel channel(String value, List<FieldProblem> problems) {
        if (isBlank(value)) {
            problems.add(new FieldProblem("channel", "is required"));
            return null;
        }
        try {
            return Channel.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("channel", "must be one of " + List.of(Channel.values())));
            return null;
        }
    }

    private Instant receivedAt(String value, List<FieldProblem> problems) {
        if (isBlank(value)) {
            problems.add(new FieldProblem("receivedAt", "is required"));
            return null;
        }
        Instant receivedAt;
        try {
            receivedAt = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("receivedAt", "invalid value '" + value
                    + "', expected an ISO-8601 date-time with offset such as 2026-12-07T10:00:00+09:00"));
            return null;
        }
        Instant now = clock.instant();
        if (receivedAt.isAfter(now.plus(properties.receiptClockTolerance()))) {
            problems.add(new FieldProblem("receivedAt", "must not be in the future (now is "
                    + now.atZone(BusinessTime.ZONE).toOffsetDateTime() + ")"));
            return null;
        }
        return receivedAt;
    }

    private static String text(String field, String value, int maxLength, List<FieldProblem> problems) {
        if (isBlank(value)) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            problems.add(new FieldProblem(field, "must have at most " + maxLength + " characters"));
        }
        return text;
    }

    /** Any started minute counts: a reply late by 30 business seconds is 1 minute late, not on time. */
    static int businessMinutes(Duration duration) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        return (int) ((seconds + 59) / 60);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
