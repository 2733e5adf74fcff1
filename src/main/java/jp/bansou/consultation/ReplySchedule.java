package jp.bansou.consultation;

import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The due dates of the reply task and its timers, read from the consultation (the process holds only its id):
 * exactly the business calendar's figures stored at receipt. Each expression is evaluated once, when the task
 * and its timers are created; {@link ReplyRescheduling} moves them when the calendar changes.
 */
@Component("replySchedule")
public class ReplySchedule {

    private final ConsultationService consultations;

    ReplySchedule(ConsultationService consultations) {
        this.consultations = consultations;
    }

    public Date dueAt(long consultationId) {
        return Date.from(consultations.get(consultationId).dueAt());
    }

    public Date reminderAt(long consultationId) {
        return Date.from(consultations.get(consultationId).reminderAt());
    }
}
