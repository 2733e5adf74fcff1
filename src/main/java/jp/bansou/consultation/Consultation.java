package jp.bansou.consultation;

import java.time.Instant;

import jp.bansou.plan.Plan;

/**
 * A daily consultation (日常の相談) with its reply SLA: {@code dueAt} and {@code reminderAt} are the business
 * calendar's figures for {@code receivedAt} under {@code plan}, the plan in force at receipt.
 * {@code escalation} is set once the reply was overdue, {@code reply} once it came.
 */
public record Consultation(
        long id,
        String caseNumber,
        Channel channel,
        String sender,
        String subject,
        Instant receivedAt,
        Plan plan,
        String consultant,
        Instant dueAt,
        Instant reminderAt,
        String processInstanceId,
        String recordedBy,
        Instant recordedAt,
        Instant remindedAt,
        Escalation escalation,
        Reply reply) {

    /** The process's business key: the case number and the consultation's id, e.g. {@code C-2026-0001/17}. */
    public String businessKey() {
        return businessKey(caseNumber, id);
    }

    static String businessKey(String caseNumber, long id) {
        return caseNumber + "/" + id;
    }

    public boolean isOpen() {
        return reply == null;
    }

    public boolean isRepliedInTime() {
        return reply != null && !reply.repliedAt().isAfter(dueAt);
    }

    /** Replied late, or still unanswered at {@code now} when the reply was due. */
    public boolean isBreachedAt(Instant now) {
        return reply != null ? reply.repliedAt().isAfter(dueAt) : !now.isBefore(dueAt);
    }

    /**
     * The breach (recorded when the reply-due timer fired, the consultant notified at the same time) and how a
     * manager handled it; {@code action} and the rest stay null until then.
     */
    public record Escalation(Instant breachedAt, Instant consultantNotifiedAt, EscalationAction action, String note,
            String handledBy, Instant handledAt) {
    }

    /**
     * {@code delayMinutes}: business minutes from the due time to the reply, null when the reply was in time.
     * {@code repliedAt} is when the reply was sent, {@code recordedAt} when the service learnt of it (later for a
     * reply recorded by hand). {@code booked}: whether its minutes count as CONSULTATION time, which they do only
     * on a day a contract or spot engagement covers ({@code notBookedReason} says why not).
     */
    public record Reply(Instant repliedAt, String repliedBy, int minutes, String summary, Integer delayMinutes,
            ReplyChannel channel, Instant recordedAt, boolean booked, String notBookedReason) {

        public Reply(Instant repliedAt, String repliedBy, int minutes, String summary, Integer delayMinutes) {
            this(repliedAt, repliedBy, minutes, summary, delayMinutes, ReplyChannel.MANUAL, repliedAt, minutes > 0, null);
        }
    }
}
