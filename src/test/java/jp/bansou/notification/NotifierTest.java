package jp.bansou.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.bansou.BansouTest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

/**
 * The outbox: one copy per recipient written with the event, then sent by e-mail when a mail server is
 * configured (a recording {@link MailSender} stands in for the SMTP server), otherwise logged.
 */
@BansouTest
class NotifierTest {

    @Autowired
    Notifier notifier;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    NotificationProperties properties;
    @Autowired
    OutboxRelay configuredRelay;
    @Autowired
    java.time.Clock clock;
    @Autowired
    IdentityService identity;

    static int subjects;

    /** Other tests of the shared context leave messages behind; a relay run handles only a batch of them. */
    @BeforeEach
    void emptyTheOutbox() {
        while (configuredRelay.relay() > 0) {
            // logged, without a mail server
        }
    }

    String send() {
        String subject = "テスト通知 (Test notification) " + ++subjects + " " + System.nanoTime();
        notifier.send(new Notification("TEST", Set.of("consultant"), Set.of("managers"), subject, "本文 (Body)"));
        return subject;
    }

    OutboxMessage message(String user, String subject) {
        return notifier.messagesFor(user).stream().filter(m -> m.subject().equals(subject)).findFirst().orElseThrow();
    }

    OutboxRelay relayWith(MailSender sender) {
        ObjectProvider<MailSender> provider = new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(MailSender.class);
        return new OutboxRelay(outbox, provider, properties, clock);
    }

    @Test
    void aNotificationIsQueuedOncePerRecipientWithTheirAddress() {
        String subject = send();

        OutboxMessage consultant = message("consultant", subject);
        assertThat(consultant.email()).isEqualTo("consultant@bansou.example");
        assertThat(consultant.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(consultant.topic()).isEqualTo("TEST");
        assertThat(consultant.createdAt()).isNotNull();
        assertThat(message("manager", subject).email()).isEqualTo("manager@bansou.example");
        assertThat(notifier.messagesFor("consultant2")).noneMatch(m -> m.subject().equals(subject));
    }

    @Test
    void aNewManagerAndAChangedAddressGetTheNextNotificationAtOnce() {
        send(); // the recipients of both are now remembered
        User newcomer = identity.newUser("newmanager");
        newcomer.setEmail("newmanager@bansou.example");
        identity.saveUser(newcomer);
        identity.createMembership("newmanager", "managers");
        User consultant = identity.createUserQuery().userId("consultant").singleResult();
        consultant.setEmail("consultant.new@bansou.example");
        identity.saveUser(consultant);
        try {
            String subject = send();

            assertThat(message("newmanager", subject).email()).isEqualTo("newmanager@bansou.example");
            assertThat(message("consultant", subject).email()).isEqualTo("consultant.new@bansou.example");
        } finally {
            identity.deleteUser("newmanager");
            consultant.setEmail("consultant@bansou.example");
            identity.saveUser(consultant);
        }
        assertThat(notifier.messagesFor("newmanager")).isNotEmpty();
        String afterwards = send();
        assertThat(notifier.messagesFor("newmanager")).noneMatch(m -> m.subject().equals(afterwards));
        assertThat(message("consultant", afterwards).email()).isEqualTo("consultant@bansou.example");
    }

    @Test
    void withoutAMailServerTheRelayOnlyLogs() {
        String subject = send();

        assertThat(configuredRelay.relay()).isPositive();

        assertThat(message("consultant", subject).status()).isEqualTo(OutboxStatus.LOGGED);
        assertThat(message("consultant", subject).handledAt()).isNotNull();
        assertThat(message("manager", subject).status()).isEqualTo(OutboxStatus.LOGGED);
    }

    @Test
    void withAMailServerTheRelaySendsEachCopyOnce() {
        String subject = send();
        List<SimpleMailMessage> sent = new ArrayList<>();

        relayWith(messages -> sent.addAll(List.of(messages))).relay();
        relayWith(messages -> sent.addAll(List.of(messages))).relay();

        assertThat(sent).filteredOn(mail -> subject.equals(mail.getSubject()))
                .extracting(mail -> mail.getTo()[0])
                .containsExactlyInAnyOrder("consultant@bansou.example", "manager@bansou.example");
        assertThat(sent).filteredOn(mail -> subject.equals(mail.getSubject()))
                .allSatisfy(mail -> assertThat(mail.getFrom()).isEqualTo("bansou@localhost"));
        assertThat(message("consultant", subject).status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void aFailedSendIsRetriedThenGivenUp() {
        String subject = send();
        OutboxRelay failing = relayWith(messages -> {
            throw new MailSendException("SMTP server unreachable");
        });

        failing.relay();
        OutboxMessage retried = message("consultant", subject);
        assertThat(retried.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.attempts()).isOne();
        assertThat(retried.lastError()).contains("SMTP server unreachable");

        for (int attempt = 2; attempt <= properties.maxAttempts(); attempt++) {
            failing.relay();
        }
        assertThat(message("consultant", subject).status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(message("consultant", subject).attempts()).isEqualTo(properties.maxAttempts());
    }
}
