package jp.bansou.consultation;

import static jp.bansou.platform.InvalidInputException.reject;

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
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.ConflictException;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;
import jp.bansou.platform.NotFoundException;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<ReplySender> replySender;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, EngagementService engagements,
            ContractService contracts, BusinessCalendar calendar, ConsultationProperties properties,
            ConsultantNotifications notifications, ConsultationMetrics metrics, RuntimeService runtime,
            TaskService tasks, HourLedger hours, ObjectProvider<ReplySender> replySender, Clock clock) {
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
        this.replySender = replySender;
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
     * 相談への返信 (Reply to consultation), when its task is completed, from Tasklist, through {@link #reply} or from
     * a channel: the reply is recorded once, sent at {@code repliedAt} (ISO-8601 with offset; now when absent; not
     * in the future, not before the receipt), with its delay in business time if it came after the due time. A
     * reply recorded by hand needs its minutes; a firm user's message in the thread may come without. The minutes
     * are booked as CONSULTATION time only on a day a contract or spot engagement covers: after the contract has
     * ended the reply is still recorded (it counts in the SLA figures), its minutes are kept on the consultation.
     */
    void recordReply(long id, Integer minutes, String summary, String repliedBy, String repliedAt,
            ReplyChannel channel) {
        Consultation consultation = get(id);
        if (!consultation.isOpen()) {
            throw new AlreadyRepliedException(consultation);
        }
        List<FieldProblem> problems = new ArrayList<>();
        int spent = minutes == null ? 0 : minutes;
        if (minutes == null && channel == ReplyChannel.MANUAL) {
            problems.add(new FieldProblem("minutes", "is required"));
        } else if (spent < (channel == ReplyChannel.MANUAL ? 1 : 0) || spent > MAX_REPLY_MINUTES) {
            problems.add(new FieldProblem("minutes", "must be between 1 and " + MAX_REPLY_MINUTES));
        }
        if (isBlank(summary)) {
            problems.add(new FieldProblem("summary", "is required"));
        } else if (summary.length() > MAX_SUMMARY) {
            problems.add(new FieldProblem("summary", "must have at most " + MAX_SUMMARY + " characters"));
        }
        Instant now = clock.instant();
        Instant sentAt = repliedAt(repliedAt, consultation, now, problems);
        reject(problems);
        Integer delay = sentAt.isAfter(consultation.dueAt())
                ? businessMinutes(calendar.businessTimeBetween(consultation.dueAt(), sentAt)) : null;
        LocalDate day = LocalDate.ofInstant(sentAt, BusinessTime.ZONE);
        Optional<String> notBookable = spent == 0 ? Optional.of("no minutes given with the reply")
                : whyNotBookable(consultation.caseNumber(), day);
        Reply reply = new Reply(sentAt, repliedBy, spent, summary.strip(), delay, channel, now, notBookable.isEmpty(),
                notBookable.orElse(null));
        if (!consultations.recordReply(id, reply)) {
            throw new AlreadyRepliedException(get(id));
        }
        if (notBookable.isEmpty()) {
            hours.record(new NewTimeEntry(consultation.caseNumber(), repliedBy, day, spent,
                    TimeEntryCategory.CONSULTATION, false,
                    "相談への返信 (Reply to consultation) " + consultation.businessKey() + ": " + consultation.subject(),
                    repliedBy));
        } else if (spent > 0) {
            log.info("Consultation {}: the reply's {} minutes are kept, not booked: {}", consultation.businessKey(),
                    spent, notBookable.get());
        }
        if (delay != null) {
            log.info("Consultation {} answered late by {}: {} business minutes after {}", consultation.businessKey(),
                    repliedBy, delay, consultation.dueAt());
        }
    }

    /**
     * The reply task's "send by e-mail", after the reply was recorded in the same transaction: the text goes to the
     * consultation's sender, threaded.
     */
    void sendReply(long id, String text, String user) {
        Consultation consultation = get(id);
        if (isBlank(text)) {
            throw new InvalidInputException("emailText", "is required to send the reply by e-mail");
        }
        ReplySender sender = replySender.getIfAvailable();
        if (sender == null) {
            throw new InvalidInputException("sendEmail", "replies cannot be sent from here (no mail channel)");
        }
        sender.send(consultation, text.strip(), user);
    }

    void recordReply(long id, int minutes, String summary, String repliedBy) {
        recordReply(id, minutes, summary, repliedBy, null, ReplyChannel.MANUAL);
    }

    /** Time counts against a contract on the days it covers, or against an accepted spot engagement. */
    private Optional<String> whyNotBookable(String caseNumber, LocalDate day) {
        Optional<jp.bansou.contract.Contract> contract = contracts.findContract(caseNumber);
        if (contract.isPresent()) {
            jp.bansou.contract.Contract signed = contract.get();
            return signed.covers(day) ? Optional.empty()
                    : Optional.of("the contract " + (day.isBefore(signed.startsOn())
                            ? "started on " + signed.startsOn() : "ended on " + signed.endedOn())
                            + ": no contract covers " + day);
        }
        return engagements.acceptedSpotHours(caseNumber).isPresent() ? Optional.empty()
                : Optional.of(caseNumber + " has neither a contract nor a spot engagement covering " + day);
    }

    private Instant repliedAt(String value, Consultation consultation, Instant now, List<FieldProblem> problems) {
        if (isBlank(value)) {
            return now;
        }
        Instant sentAt;
        try {
            sentAt = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("repliedAt", "invalid value '" + value
                    + "', expected an ISO-8601 date-time with offset such as 2026-12-07T15:30:00+09:00"));
            return now;
        }
        if (sentAt.isAfter(now.plus(properties.receiptClockTolerance()))) {
            problems.add(new FieldProblem("repliedAt", "must not be in the future (now is "
                    + now.atZone(BusinessTime.ZONE).toOffsetDateTime() + ")"));
        } else if (sentAt.isBefore(consultation.receivedAt())) {
            problems.add(new FieldProblem("repliedAt", "must not be before the consultation was received at "
                    + consultation.receivedAt().atZone(BusinessTime.ZONE).toOffsetDateTime()));
        }
        return sentAt.isAfter(now) ? now : sentAt;
    }

    /**
     * The API's reply: completes the consultation's reply task through the engine, so that the rule of
     * {@link #recordReply} and the task form's validation apply as in Tasklist. A reply by someone other than the
     * task's assignee (a manager) takes the task over first, so the reply is recorded as theirs.
     */
    public Consultation reply(long id, Integer minutes, String summary, String user) {
        return reply(id, minutes, summary, null, user);
    }

    /** As {@link #reply(long, Integer, String, String)}, sent at {@code repliedAt} (null: now). */
    public Consultation reply(long id, Integer minutes, String summary, String repliedAt, String user) {
        Map<String, Object> values = new HashMap<>();
        values.put("minutes", minutes);
        values.put("summary", summary);
        if (repliedAt != null) {
            values.put(ConsultationProcess.REPLIED_AT, repliedAt);
        }
        return completeReplyTask(id, user, values);
    }

    /**
     * A firm user's message in the consultation's thread (e-mail or chat) is its reply, sent when the channel
     * received it. The reply task is completed as that user; no minutes are booked (none are known).
     */
    public Consultation replyFromChannel(long id, ReplyChannel channel, Instant repliedAt, String user, String text) {
        Map<String, Object> values = new HashMap<>();
        values.put("summary", cut(isBlank(text) ? "(本文なし (no text))" : text.strip(), MAX_SUMMARY));
        values.put(ConsultationProcess.REPLIED_AT, repliedAt.atZone(BusinessTime.ZONE).toOffsetDateTime().toString());
        values.put(ConsultationProcess.REPLY_CHANNEL, channel.name());
        return completeReplyTask(id, user, values);
    }

    private Consultation completeReplyTask(long id, String user, Map<String, Object> values) {
        Consultation consultation = get(id);
        if (!consultation.isOpen()) {
            throw new AlreadyRepliedException(consultation);
        }
        Task task = tasks.createTaskQuery().processInstanceId(consultation.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_REPLY).singleResult();
        if (task == null) {
            throw noReplyOpen(id);
        }
        try {
            if (!user.equals(task.getAssignee())) {
                tasks.setAssignee(task.getId(), user);
            }
            tasks.complete(task.getId(), values);
        } catch (InvalidInputException | ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            if (tasks.createTaskQuery().taskId(task.getId()).count() > 0) {
                throw e;
            }
            // A reply in parallel completed the task after it was read here, and this command met what that one left
            // (no task, an ended execution, its variables gone): the same answer as if that reply had come first.
            throw noReplyOpen(id);
        }
        return get(id);
    }

    private static AlreadyRepliedException noReplyOpen(long id) {
        return new AlreadyRepliedException(id, "no reply is open for it any more");
    }

    /**
     * A consultation from a channel (e-mail, chat), received when the firm's server received it. The caller
     * checked with {@link #refusal} that it can be received; {@code recordedBy} names the channel.
     */
    public Consultation receiveFromChannel(String caseNumber, Channel channel, Instant receivedAt, String sender,
            String subject, String recordedBy) {
        return receive(caseNumber, channelConsultation(channel, receivedAt, sender, subject), recordedBy);
    }

    /**
     * Why a consultation from a channel could not be received for the case (no running contract, no plan on the
     * day of receipt), without failing the caller's transaction; empty when it can.
     */
    @Transactional(readOnly = true)
    public Optional<String> refusal(String caseNumber, Channel channel, Instant receivedAt, String sender,
            String subject) {
        try {
            check(caseNumber, channelConsultation(channel, receivedAt, sender, subject));
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static NewConsultation channelConsultation(Channel channel, Instant receivedAt, String sender,
            String subject) {
        return new NewConsultation(channel.name(), receivedAt.atZone(BusinessTime.ZONE).toOffsetDateTime().toString(),
                cut(isBlank(sender) ? "(不明 (unknown))" : sender.strip(), MAX_SENDER),
                cut(isBlank(subject) ? "(件名なし (no subject))" : subject.strip(), MAX_SUBJECT));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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

    private static @Nullable Channel channel(@Nullable String value, List<FieldProblem> problems) {
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

    private @Nullable Instant receivedAt(@Nullable String value, List<FieldProblem> problems) {
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

    private static @Nullable String text(String field, @Nullable String value, int maxLength,
            List<FieldProblem> problems) {
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
}
