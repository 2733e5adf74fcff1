package jp.bansou.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service's one way to tell people something. A notification is written to the outbox in the transaction
 * of the event that causes it (so it exists exactly when the event does) and leaves it through
 * {@link OutboxRelay}: by e-mail when {@code spring.mail.host} is set, otherwise into the log.
 */
@Component
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final int MAX_RECIPIENT = 64;
    private static final int MAX_SUBJECT = 500;
    private static final int MAX_BODY = 4000;

    private final NotificationRepository outbox;
    private final Recipients recipients;
    private final PublicLinks links;
    private final Clock clock;

    Notifier(NotificationRepository outbox, Recipients recipients, PublicLinks links, Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.links = links;
        this.clock = clock;
    }

    /** Queues one copy per recipient (users named, plus the members of the groups now), with its link if any. */
    @Transactional
    public void send(Notification notification) {
        Map<String, @Nullable String> to = new LinkedHashMap<>();
        notification.users().stream().sorted().forEach(userId -> to.put(userId, recipients.email(userId).orElse(null)));
        notification.groups().stream().sorted().forEach(group -> recipients.membersOf(group).forEach(to::putIfAbsent));
        String subject = cut(notification.subject(), MAX_SUBJECT);
        to.forEach((userId, email) ->
                outbox.insert(notification.topic(), userId, email, subject, body(notification, userId), clock.instant()));
        log.info("Notification {} queued for {}: {}", notification.topic(), to.keySet(), subject);
    }

    /**
     * Queues one message for an e-mail address that is not a user's (a prospect, a shared mailbox); {@code
     * recipient} names it in the outbox and its logs, e.g. {@code prospect:C-2026-0001}.
     */
    @Transactional
    public void sendToAddress(String topic, String recipient, String email, String subject, String body) {
        outbox.insert(topic, cut(recipient, MAX_RECIPIENT), email, cut(subject, MAX_SUBJECT), cut(body, MAX_BODY),
                clock.instant());
        log.info("Notification {} queued for {}: {}", topic, recipient, subject);
    }

    /** What the outbox holds for one user, oldest first. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> messagesFor(String userId) {
        return outbox.findByRecipient(userId);
    }

    private String body(Notification notification, String recipient) {
        if (notification.about() == null) {
            return cut(notification.body(), MAX_BODY);
        }
        String link = links.line(notification.about(), recipient);
        return cut(notification.body(), MAX_BODY - link.length() - 2) + "\n\n" + link;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
