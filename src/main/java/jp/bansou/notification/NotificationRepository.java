package jp.bansou.notification;

import static jp.bansou.platform.Jdbc.enumValue;
import static jp.bansou.platform.Jdbc.instant;
import static jp.bansou.platform.Jdbc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String topic, String recipient, String email, String subject, String body, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO notification_outbox (topic, recipient, email, subject, body, created_at, status, attempts)
                VALUES (:topic, :recipient, :email, :subject, :body, :createdAt, 'PENDING', 0)""")
                .param("topic", topic).param("recipient", recipient).param("email", email)
                .param("subject", subject).param("body", body).param("createdAt", utc(createdAt))
                .update();
    }

    List<OutboxMessage> pending(int limit) {
        return jdbc.sql("SELECT * FROM notification_outbox WHERE status = 'PENDING' ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query(NotificationRepository::message)
                .list();
    }

    List<OutboxMessage> findByRecipient(String recipient) {
        return jdbc.sql("SELECT * FROM notification_outbox WHERE recipient = :recipient ORDER BY id")
                .param("recipient", recipient)
                .query(NotificationRepository::message)
                .list();
    }

    void markHandled(long id, OutboxStatus status, Instant handledAt) {
        jdbc.sql("""
                UPDATE notification_outbox SET status = :status, attempts = attempts + 1, handled_at = :handledAt
                WHERE id = :id""")
                .param("status", status.name()).param("handledAt", utc(handledAt)).param("id", id)
                .update();
    }

    void markFailedAttempt(long id, OutboxStatus status, String error, Instant handledAt) {
        jdbc.sql("""
                UPDATE notification_outbox SET status = :status, attempts = attempts + 1, last_error = :error,
                       handled_at = :handledAt
                WHERE id = :id""")
                .param("status", status.name()).param("error", error).param("handledAt", utc(handledAt))
                .param("id", id)
                .update();
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("topic"), rs.getString("recipient"),
                rs.getString("email"), rs.getString("subject"), rs.getString("body"), instant(rs, "created_at"),
                enumValue(rs, "status", OutboxStatus.class), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "handled_at"));
    }
}
