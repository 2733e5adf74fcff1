package jp.bansou.consultation;

import static jp.bansou.platform.Jdbc.bool;
import static jp.bansou.platform.Jdbc.enumValue;
import static jp.bansou.platform.Jdbc.instant;
import static jp.bansou.platform.Jdbc.integer;
import static jp.bansou.platform.Jdbc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.bansou.calendar.ReplyDue;
import jp.bansou.consultation.Consultation.Escalation;
import jp.bansou.consultation.Consultation.Reply;
import jp.bansou.plan.Plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ConsultationRepository {

    private final JdbcClient jdbc;

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Receipt receipt, String consultant, ReplyDue due, String processInstanceId, String recordedBy,
            Instant recordedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO consultation (case_number, channel, sender, subject, received_at, plan, consultant,
                                          due_at, reminder_at, process_instance_id, recorded_by, recorded_at)
                VALUES (:caseNumber, :channel, :sender, :subject, :receivedAt, :plan, :consultant,
                        :dueAt, :reminderAt, :processInstanceId, :recordedBy, :recordedAt)""")
                .param("caseNumber", receipt.caseNumber()).param("channel", receipt.channel().name())
                .param("sender", receipt.sender()).param("subject", receipt.subject())
                .param("receivedAt", utc(receipt.receivedAt())).param("plan", receipt.plan().name())
                .param("consultant", consultant).param("dueAt", utc(due.dueAt()))
                .param("reminderAt", utc(due.reminderAt())).param("processInstanceId", processInstanceId)
                .param("recordedBy", recordedBy).param("recordedAt", utc(recordedAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Consultation> find(long id) {
        return jdbc.sql("SELECT * FROM consultation WHERE id = :id").param("id", id)
                .query(ConsultationRepository::consultation).optional();
    }

    List<Consultation> findByCase(String caseNumber) {
        return jdbc.sql("SELECT * FROM consultation WHERE case_number = :caseNumber ORDER BY received_at, id")
                .param("caseNumber", caseNumber).query(ConsultationRepository::consultation).list();
    }

    /** Received in [from, to). */
    List<Consultation> findReceived(String caseNumber, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT * FROM consultation
                WHERE case_number = :caseNumber AND received_at >= :from AND received_at < :to
                ORDER BY received_at, id""")
                .param("caseNumber", caseNumber).param("from", utc(from)).param("to", utc(to))
                .query(ConsultationRepository::consultation).list();
    }

    List<Consultation> findOpen() {
        return jdbc.sql("SELECT * FROM consultation WHERE replied_at IS NULL ORDER BY id")
                .query(ConsultationRepository::consultation).list();
    }

    /**
     * The rules the open consultations' due times were last computed under (empty before the first start-up), their
     * row locked until the transaction ends: nodes starting together reschedule one after the other, and the later
     * one finds the rules recorded by the first.
     */
    String lockReplyDueRules() {
        return jdbc.sql("SELECT digest FROM reply_due_rules WHERE id = 1 FOR UPDATE").query(String.class).single();
    }

    void recordReplyDueRules(String digest, Instant at) {
        jdbc.sql("UPDATE reply_due_rules SET digest = :digest, recorded_at = :at WHERE id = 1")
                .param("digest", digest).param("at", utc(at)).update();
    }

    void recordReminder(long id, Instant at) {
        jdbc.sql("UPDATE consultation SET reminded_at = :at WHERE id = :id")
                .param("at", utc(at)).param("id", id).update();
    }

    void recordBreach(long id, Instant breachedAt, Instant consultantNotifiedAt) {
        jdbc.sql("UPDATE consultation SET breached_at = :breachedAt, consultant_notified_at = :notifiedAt WHERE id = :id")
                .param("breachedAt", utc(breachedAt)).param("notifiedAt", utc(consultantNotifiedAt)).param("id", id)
                .update();
    }

    void recordEscalationHandling(long id, EscalationAction action, String note, String handledBy, Instant at) {
        jdbc.sql("""
                UPDATE consultation SET escalation_action = :action, escalation_note = :note,
                       escalation_handled_by = :handledBy, escalation_handled_at = :at
                WHERE id = :id""")
                .param("action", action.name()).param("note", note).param("handledBy", handledBy)
                .param("at", utc(at)).param("id", id)
                .update();
    }

    /** False when the consultation was already answered: a reply is recorded once. */
    boolean recordReply(long id, Reply reply) {
        return jdbc.sql("""
                UPDATE consultation SET replied_at = :repliedAt, replied_by = :repliedBy, reply_minutes = :minutes,
                       reply_summary = :summary, reply_delay_minutes = :delay, reply_channel = :channel,
                       reply_recorded_at = :recordedAt, reply_booked = :booked,
                       reply_not_booked_reason = :notBookedReason
                WHERE id = :id AND replied_at IS NULL""")
                .param("repliedAt", utc(reply.repliedAt())).param("repliedBy", reply.repliedBy())
                .param("minutes", reply.minutes()).param("summary", reply.summary())
                .param("delay", reply.delayMinutes()).param("channel", reply.channel().name())
                .param("recordedAt", utc(reply.recordedAt())).param("booked", reply.booked())
                .param("notBookedReason", reply.notBookedReason()).param("id", id)
                .update() == 1;
    }

    void reschedule(long id, ReplyDue due) {
        jdbc.sql("UPDATE consultation SET due_at = :dueAt, reminder_at = :reminderAt WHERE id = :id")
                .param("dueAt", utc(due.dueAt())).param("reminderAt", utc(due.reminderAt())).param("id", id)
                .update();
    }

    private static Consultation consultation(ResultSet rs, int row) throws SQLException {
        Instant breachedAt = instant(rs, "breached_at");
        Instant repliedAt = instant(rs, "replied_at");
        return new Consultation(
                rs.getLong("id"),
                rs.getString("case_number"),
                enumValue(rs, "channel", Channel.class),
                rs.getString("sender"),
                rs.getString("subject"),
                instant(rs, "received_at"),
                enumValue(rs, "plan", Plan.class),
                rs.getString("consultant"),
                instant(rs, "due_at"),
                instant(rs, "reminder_at"),
                rs.getString("process_instance_id"),
                rs.getString("recorded_by"),
                instant(rs, "recorded_at"),
                instant(rs, "reminded_at"),
                breachedAt == null ? null : new Escalation(breachedAt, instant(rs, "consultant_notified_at"),
                        enumValue(rs, "escalation_action", EscalationAction.class), rs.getString("escalation_note"),
                        rs.getString("escalation_handled_by"), instant(rs, "escalation_handled_at")),
                repliedAt == null ? null : new Reply(repliedAt, rs.getString("replied_by"), rs.getInt("reply_minutes"),
                        rs.getString("reply_summary"), integer(rs, "reply_delay_minutes"),
                        rs.getString("reply_channel") == null ? ReplyChannel.MANUAL
                                : enumValue(rs, "reply_channel", ReplyChannel.class),
                        rs.getString("reply_channel") == null ? repliedAt : instant(rs, "reply_recorded_at"),
                        !Boolean.FALSE.equals(bool(rs, "reply_booked")), rs.getString("reply_not_booked_reason")));
    }
}
