package jp.bansou.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jp.bansou.calendar.BusinessCalendar;
import jp.bansou.calendar.ReplyDue;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps open consultations on the configured calendar. Due times are computed once, at receipt; when the rules
 * they depend on change ({@link BusinessCalendar#replyDueRules}: the closures or extra holidays in
 * {@code bansou.calendar}, business hours, a plan's reply SLA, the national holidays of a new release), this
 * recomputes them at start-up from each open consultation's receipt time and plan, and moves what differs: the
 * stored figures, the timer jobs and the reply task's due date. A start-up under the rules of the last one reads no
 * consultation; nodes starting together take turns (the recorded rules' row is locked meanwhile), so the later one
 * finds the rules recorded and moves nothing twice. It runs before the job executor starts (the starter starts it
 * once every runner returned), so no timer fires on a stale date.
 */
@Component
class ReplyRescheduling implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplyRescheduling.class);

    private final BusinessCalendar calendar;
    private final ConsultationRepository consultations;
    private final ManagementService management;
    private final TaskService tasks;
    private final Clock clock;

    ReplyRescheduling(BusinessCalendar calendar, ConsultationRepository consultations, ManagementService management,
            TaskService tasks, Clock clock) {
        this.calendar = calendar;
        this.consultations = consultations;
        this.management = management;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Long> moved = rescheduleIfTheRulesChanged();
        if (!moved.isEmpty()) {
            log.info("Calendar configuration changed: rescheduled {} open consultation(s) {}", moved.size(), moved);
        }
    }

    /** The ids of the consultations whose due or reminder time moved; none when the rules are those recorded. */
    List<Long> rescheduleIfTheRulesChanged() {
        String rules = calendar.replyDueRules();
        if (rules.equals(consultations.lockReplyDueRules())) {
            return List.of();
        }
        List<Long> moved = rescheduleOpenConsultations();
        consultations.recordReplyDueRules(rules, clock.instant());
        return moved;
    }

    /** The ids of the consultations whose due or reminder time moved. */
    List<Long> rescheduleOpenConsultations() {
        List<Long> moved = new ArrayList<>();
        for (Consultation consultation : consultations.findOpen()) {
            ReplyDue now = calendar.replyDue(consultation.receivedAt(), consultation.plan());
            boolean dueMoved = !now.dueAt().equals(consultation.dueAt());
            boolean reminderMoved = !now.reminderAt().equals(consultation.reminderAt());
            if (!dueMoved && !reminderMoved) {
                continue;
            }
            consultations.reschedule(consultation.id(), now);
            if (dueMoved) {
                moveTimer(consultation, ConsultationProcess.EVENT_REPLY_OVERDUE, now.dueAt());
                moveReplyTask(consultations.find(consultation.id()).orElseThrow());
            }
            if (reminderMoved) {
                moveTimer(consultation, ConsultationProcess.EVENT_REMINDER_DUE, now.reminderAt());
            }
            log.info("Consultation {}: reply due moved from {} to {}, reminder from {} to {} (calendar configuration"
                            + " changed){}", consultation.businessKey(), consultation.dueAt(), now.dueAt(),
                    consultation.reminderAt(), now.reminderAt(),
                    consultation.escalation() != null ? "; it was already escalated at "
                            + consultation.escalation().breachedAt() : "");
            moved.add(consultation.id());
        }
        return moved;
    }

    /** A timer that already fired has no job left: nothing to move. */
    private void moveTimer(Consultation consultation, String activityId, Instant at) {
        Job timer = management.createJobQuery().processInstanceId(consultation.processInstanceId())
                .activityId(activityId).timers().singleResult();
        if (timer != null) {
            management.setJobDuedate(timer.getId(), Date.from(at));
        }
    }

    private void moveReplyTask(Consultation rescheduled) {
        Task task = tasks.createTaskQuery().processInstanceId(rescheduled.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_REPLY).singleResult();
        if (task != null) {
            task.setDueDate(Date.from(rescheduled.dueAt()));
            task.setFollowUpDate(Date.from(rescheduled.reminderAt()));
            task.setDescription(ConsultationProcessAdapters.description(rescheduled));
            tasks.saveTask(task);
        }
    }
}
