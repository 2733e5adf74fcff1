package jp.bansou.consultation;

import java.time.format.DateTimeFormatter;
import java.util.Set;

import jp.bansou.notification.Notification;
import jp.bansou.notification.Notifier;
import jp.bansou.platform.BusinessTime;

import org.springframework.stereotype.Component;

/** Tells the consultant about a reply coming due or overdue, through the service's notifier (mail or log). */
@Component
class ConsultantNotifications {

    static final String TOPIC_REMINDER = "REPLY_REMINDER";
    static final String TOPIC_OVERDUE = "REPLY_OVERDUE";
    private static final DateTimeFormatter TOKYO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    private final Notifier notifier;

    ConsultantNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    void replyComingDue(Consultation consultation, String consultant) {
        notifier.send(new Notification(TOPIC_REMINDER, Set.of(consultant), Set.of(),
                "返信期限が近づいています (Reply due soon): " + consultation.subject(),
                "相談 %s (%s, 「%s」) への返信期限は %s (東京) です。%nThe reply to consultation %s is due at %s Tokyo."
                        .formatted(consultation.businessKey(), consultation.sender(), consultation.subject(),
                                TOKYO.format(consultation.dueAt()), consultation.businessKey(),
                                TOKYO.format(consultation.dueAt()))));
    }

    void replyOverdue(Consultation consultation, String consultant) {
        notifier.send(new Notification(TOPIC_OVERDUE, Set.of(consultant), Set.of(),
                "返信期限を過ぎました (Reply overdue): " + consultation.subject(),
                ("相談 %s (%s, 「%s」) の返信期限 %s (東京) を過ぎました。マネージャーにエスカレーションされています。返信は引き続き必要です。"
                        + "%nThe reply to consultation %s was due at %s Tokyo; it has been escalated to the managers "
                        + "and is still owed.")
                        .formatted(consultation.businessKey(), consultation.sender(), consultation.subject(),
                                TOKYO.format(consultation.dueAt()), consultation.businessKey(),
                                TOKYO.format(consultation.dueAt()))));
    }
}
