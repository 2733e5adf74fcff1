package jp.bansou.notification;

import java.time.Instant;

/** One recipient's copy of a notification in the outbox. */
public record OutboxMessage(
        long id,
        String topic,
        String recipient,
        String email,
        String subject,
        String body,
        Instant createdAt,
        OutboxStatus status,
        int attempts,
        String lastError,
        Instant handledAt) {
}
