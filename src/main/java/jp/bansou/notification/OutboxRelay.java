package jp.bansou.notification;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * Empties the outbox: e-mails each message when a mail server is configured (Spring Boot creates the
 * {@link MailSender} only when {@code spring.mail.host} is set), otherwise logs it. A failed send stays in the
 * outbox and is tried again on the next run, up to {@code bansou.notification.max-attempts}. Runs from Quartz
 * ({@link OutboxRelayJob}), one run at a time across the cluster; a message whose status could not be written
 * after it was sent is sent again (at least once, never lost).
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int MAX_ERROR = 1000;

    private final NotificationRepository outbox;
    private final ObjectProvider<MailSender> mail;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxRelay(NotificationRepository outbox, ObjectProvider<MailSender> mail, NotificationProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** Handles what is pending; returns how many messages it handled. */
    int relay() {
        List<OutboxMessage> pending = outbox.pending(properties.batchSize());
        MailSender sender = mail.getIfAvailable();
        for (OutboxMessage message : pending) {
            if (sender == null || message.email() == null || message.email().isBlank()) {
                log.info("Notification {} for {} ({}): {}\n{}", message.topic(), message.recipient(),
                        sender == null ? "no mail server configured" : "no e-mail address", message.subject(),
                        message.body());
                outbox.markHandled(message.id(), OutboxStatus.LOGGED, clock.instant());
                continue;
            }
            try {
                sender.send(mail(message));
                outbox.markHandled(message.id(), OutboxStatus.SENT, clock.instant());
            } catch (MailException e) {
                boolean giveUp = message.attempts() + 1 >= properties.maxAttempts();
                log.warn("Notification {} to {} not sent (attempt {}{}): {}", message.id(), message.email(),
                        message.attempts() + 1, giveUp ? ", giving up" : "", e.getMessage());
                outbox.markFailedAttempt(message.id(), giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING,
                        cut(String.valueOf(e.getMessage())), clock.instant());
            }
        }
        return pending.size();
    }

    private SimpleMailMessage mail(OutboxMessage message) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.from());
        mail.setTo(message.email());
        mail.setSubject(message.subject());
        mail.setText(message.body());
        return mail;
    }

    private static String cut(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
