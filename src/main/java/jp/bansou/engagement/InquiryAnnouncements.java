package jp.bansou.engagement;

import java.util.Set;

import jp.bansou.notification.Notification;
import jp.bansou.notification.Notifier;
import jp.bansou.security.Groups;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the firm of a new inquiry and thanks the prospect, through the notification outbox in the transaction
 * that registers the case. The firm: the group {@code consultants}, or the address {@code bansou.inquiries.notify}
 * when it is set. The prospect: an acknowledgement with the case number, only when e-mail is configured
 * ({@code spring.mail.host}); without a mail server it would only be logged, and nobody reads the log for them.
 */
@Component
class InquiryAnnouncements {

    static final String TOPIC_RECEIVED = "INQUIRY_RECEIVED";
    static final String TOPIC_ACKNOWLEDGED = "INQUIRY_ACKNOWLEDGED";
    static final String NOTIFY_RECIPIENT = "bansou.inquiries.notify";

    private final Notifier notifier;
    private final ObjectProvider<MailSender> mail;
    private final String notifyAddress;

    InquiryAnnouncements(Notifier notifier, ObjectProvider<MailSender> mail,
            @Value("${bansou.inquiries.notify:}") String notifyAddress) {
        if (!notifyAddress.isBlank() && !notifyAddress.strip().matches("^[^@\\s]+@[^@\\s]+$")) {
            throw new IllegalStateException("bansou.inquiries.notify must be an e-mail address: " + notifyAddress);
        }
        this.notifier = notifier;
        this.mail = mail;
        this.notifyAddress = notifyAddress.strip();
    }

    void announce(String caseNumber, Inquiry inquiry) {
        String subject = "[bansou] " + caseNumber + ": 新しい問い合わせ (New inquiry) " + inquiry.organisation();
        String body = inquiry.organisation() + " (" + caseNumber + ")\n"
                + "担当者 (Contact): " + inquiry.contactName() + " <" + inquiry.contactEmail() + ">\n"
                + "従業員数 (Employees): " + inquiry.employeeCount() + "\n"
                + (inquiry.preferredPace() == null ? "" : "希望ペース (Preferred pace): " + inquiry.preferredPace() + "\n")
                + "\n" + inquiry.message() + "\n\n"
                + "Tasklist の「グループのタスク」でヒアリングを引き受けてください "
                + "(Claim the hearing in Tasklist's group tasks).";
        if (notifyAddress.isEmpty()) {
            notifier.send(new Notification(TOPIC_RECEIVED, Set.of(), Set.of(Groups.CONSULTANTS), subject, body));
        } else {
            notifier.sendToAddress(TOPIC_RECEIVED, NOTIFY_RECIPIENT, notifyAddress, subject, body);
        }
        if (mail.getIfAvailable() != null) {
            notifier.sendToAddress(TOPIC_ACKNOWLEDGED, prospect(caseNumber), inquiry.contactEmail(),
                    "お問い合わせを受け付けました（受付番号 " + caseNumber + "） (We have received your inquiry)",
                    inquiry.contactName() + " 様\n\n"
                            + "伴走支援へのお問い合わせありがとうございます。受付番号は " + caseNumber + " です。"
                            + "担当のコンサルタントから、最初のヒアリングについてご連絡いたします。\n"
                            + "ご連絡の際は受付番号をお知らせください。\n\n"
                            + "(Thank you for your inquiry. Your case number is " + caseNumber
                            + ". A consultant will contact you about a first hearing; please quote the case number.)\n\n"
                            + "お問い合わせ内容 (Your message):\n" + inquiry.message());
        }
    }

    /** The outbox's name for the prospect of a case. */
    static String prospect(String caseNumber) {
        return "prospect:" + caseNumber;
    }
}
