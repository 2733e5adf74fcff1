package jp.bansou.consultation;

import java.time.format.DateTimeFormatter;

import jp.bansou.platform.BusinessTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the consultant about a reply coming due or overdue. The service has no notification channel yet, so the
 * notice goes to the log; the consultation row records that it was given ({@code reminded_at},
 * {@code consultant_notified_at}). This is the one place to hand it to a notifier once there is one.
 */
@Component
class ConsultantNotifications {

    private static final Logger log = LoggerFactory.getLogger(ConsultantNotifications.class);
    private static final DateTimeFormatter TOKYO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    void replyComingDue(Consultation consultation, String consultant) {
        log.info("Reminder to {}: the reply to consultation {} ({}, '{}') is due at {} Tokyo",
                consultant, consultation.businessKey(), consultation.sender(), consultation.subject(),
                TOKYO.format(consultation.dueAt()));
    }

    void replyOverdue(Consultation consultation, String consultant) {
        log.warn("Late reply, escalated to the managers; notice to {}: the reply to consultation {} ({}, '{}') was due"
                        + " at {} Tokyo and is still owed",
                consultant, consultation.businessKey(), consultation.sender(), consultation.subject(),
                TOKYO.format(consultation.dueAt()));
    }
}
