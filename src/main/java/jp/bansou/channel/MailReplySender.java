package jp.bansou.channel;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import jp.bansou.consultation.Channel;
import jp.bansou.consultation.Consultation;
import jp.bansou.consultation.ReplySender;
import jp.bansou.notification.NotificationProperties;
import jp.bansou.platform.InvalidInputException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * A reply written in the reply task's form, sent through {@code spring.mail.*} to the consultation's sender: from
 * the consultant's address, with the firm mailbox ({@code bansou.channels.mail.reply-from}) in Cc, threaded with
 * In-Reply-To and References. Its Message-ID is stored with the consultation, so its copy in the firm mailbox is
 * read as already known and a client's answer to it finds the thread.
 */
@Component
class MailReplySender implements ReplySender {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final Inbox inbox;
    private final IdentityService identity;
    private final ChannelProperties properties;
    private final NotificationProperties notifications;
    private final Clock clock;

    MailReplySender(ObjectProvider<JavaMailSender> mailSender, Inbox inbox, IdentityService identity,
            ChannelProperties properties, NotificationProperties notifications, Clock clock) {
        this.mailSender = mailSender;
        this.inbox = inbox;
        this.identity = identity;
        this.properties = properties;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void send(Consultation consultation, String text, String user) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new InvalidInputException("sendEmail", "no mail server is configured (spring.mail.host)");
        }
        if (consultation.channel() != Channel.EMAIL) {
            throw new InvalidInputException("sendEmail", "the consultation did not come by e-mail");
        }
        String to = MailAddresses.address(consultation.sender()).orElseThrow(() -> new InvalidInputException(
                "sendEmail", "the consultation's sender has no e-mail address: " + consultation.sender()));
        String firmMailbox = Optional.ofNullable(properties.mail().replyFrom()).orElse(notifications.from());
        String from = Optional.ofNullable(identity.createUserQuery().userId(user).singleResult()).map(User::getEmail)
                .filter(address -> !address.isBlank()).orElse(firmMailbox);
        List<String> thread = inbox.threadRefs(consultation.id());
        String messageId = UUID.randomUUID() + "@" + MailAddresses.domain(firmMailbox).orElse("bansou");
        String subject = consultation.subject().regionMatches(true, 0, "Re:", 0, 3) ? consultation.subject()
                : "Re: " + consultation.subject();
        try {
            MimeMessage mail = sender.createMimeMessage();
            mail.setFrom(new InternetAddress(from));
            mail.setRecipients(MimeMessage.RecipientType.TO, to);
            if (!firmMailbox.equalsIgnoreCase(from)) {
                mail.setRecipients(MimeMessage.RecipientType.CC, firmMailbox);
            }
            mail.setSubject(subject, "UTF-8");
            mail.setText(text, "UTF-8");
            mail.setSentDate(java.util.Date.from(clock.instant()));
            if (!thread.isEmpty()) {
                mail.setHeader("In-Reply-To", "<" + thread.get(thread.size() - 1) + ">");
                mail.setHeader("References", String.join(" ", thread.stream().map(id -> "<" + id + ">").toList()));
            }
            mail.saveChanges();
            mail.setHeader("Message-ID", "<" + messageId + ">");
            inbox.recordSent(new InboundMessage("EMAIL", "email:" + messageId, messageId, thread, Optional.empty(),
                    List.of(), from, Optional.of(user), subject, text, null, clock.instant(), false),
                    consultation.id(), consultation.caseNumber());
            sender.send(mail);
        } catch (MessagingException | MailException e) {
            throw new InvalidInputException("sendEmail", "the reply could not be sent: " + e.getMessage());
        }
    }
}
