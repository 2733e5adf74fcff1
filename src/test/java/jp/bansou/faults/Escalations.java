package jp.bansou.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.bansou.consultation.ConsultationProcess;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What "every consultation escalated exactly once" means, read from the database. */
final class Escalations {

    private final JdbcClient db;

    Escalations(JdbcClient db) {
        this.db = db;
    }

    long breached() {
        return count("SELECT COUNT(*) FROM consultation WHERE breached_at IS NOT NULL");
    }

    /** Reminders queued to the consultants: due at once for consultations received the day before. */
    long reminders() {
        return count("SELECT COUNT(*) FROM notification_outbox WHERE topic = 'REPLY_REMINDER'");
    }

    long openEscalationTasks() {
        return count("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = '" + ConsultationProcess.TASK_ESCALATE + "'");
    }

    boolean allEscalated(int consultations) {
        return breached() == consultations && openEscalationTasks() == consultations;
    }

    /**
     * Each of the {@code consultations} has one escalation task (ever created), one breach recorded, one reminder,
     * one notice of each kind in the outbox; no incident.
     */
    void assertEachExactlyOnce(int consultations) {
        assertThat(count("SELECT COUNT(*) FROM consultation")).isEqualTo(consultations);
        assertOncePerConsultation("SELECT COUNT(*) FROM act_hi_taskinst h WHERE h.proc_inst_id_ = c.process_instance_id"
                + " AND h.task_def_key_ = '" + ConsultationProcess.TASK_ESCALATE + "'", "escalation task");
        assertOncePerConsultation("SELECT COUNT(*) FROM act_hi_actinst h WHERE h.proc_inst_id_ = c.process_instance_id"
                + " AND h.act_id_ = '" + ConsultationProcess.TASK_RECORD_BREACH + "' AND h.end_time_ IS NOT NULL", "breach recorded");
        assertOncePerConsultation("SELECT COUNT(*) FROM act_hi_actinst h WHERE h.proc_inst_id_ = c.process_instance_id"
                + " AND h.act_id_ = '" + ConsultationProcess.TASK_REMIND_CONSULTANT + "' AND h.end_time_ IS NOT NULL", "reminder");
        assertThat(openEscalationTasks()).as("open escalation tasks").isEqualTo(consultations);
        assertThat(reminders())
                .as("one reminder to the consultant per consultation").isEqualTo(consultations);
        assertThat(count("SELECT COUNT(*) FROM notification_outbox WHERE topic = 'REPLY_OVERDUE'"))
                .as("one overdue notice to the consultant per consultation").isEqualTo(consultations);
        long managers = count("SELECT COUNT(DISTINCT recipient) FROM notification_outbox WHERE topic = 'REPLY_ESCALATED'");
        assertThat(managers).as("managers told of escalations").isPositive();
        assertThat(count("SELECT COUNT(*) FROM notification_outbox WHERE topic = 'REPLY_ESCALATED'"))
                .as("one escalation notice per manager and consultation").isEqualTo(consultations * managers);
        assertThat(db.sql("SELECT incident_msg_ FROM act_ru_incident").query(String.class).list())
                .as("incidents").isEmpty();
    }

    private void assertOncePerConsultation(String perConsultation, String what) {
        List<Map<String, Object>> notOnce = db.sql("SELECT c.id, (" + perConsultation + ") AS n FROM consultation c")
                .query().listOfRows().stream().filter(row -> ((Number) row.get("n")).longValue() != 1).toList();
        assertThat(notOnce).as(what + " not exactly once (consultation id, count)").isEmpty();
    }

    long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }
}
