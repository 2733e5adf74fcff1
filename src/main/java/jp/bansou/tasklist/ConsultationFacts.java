package jp.bansou.tasklist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.bansou.calendar.BusinessCalendar;
import jp.bansou.consultation.Consultation;
import jp.bansou.consultation.ConsultationProcess;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.ConsultationThread;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The consultation on its reply and escalation forms: sender, subject, the client's text where a channel
 * delivered it, received and due; on the escalation also how late the reply is, in business time.
 */
@Component
@Order(3)
class ConsultationFacts implements TaskFacts {

    static final String SENDER = "consultationSender";
    static final String SUBJECT = "consultationSubject";
    static final String BODY = "consultationBody";
    static final String RECEIVED = "consultationReceivedAt";
    static final String DUE = "consultationDueAt";
    static final String LATENESS = "replyLateness";

    private final ConsultationService consultations;
    private final ConsultationThread threads;
    private final BusinessCalendar calendar;
    private final Clock clock;

    ConsultationFacts(ConsultationService consultations, ConsultationThread threads, BusinessCalendar calendar,
            Clock clock) {
        this.consultations = consultations;
        this.threads = threads;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Map<String, String> of(DelegateTask task) {
        boolean reply = ConsultationProcess.TASK_REPLY.equals(task.getTaskDefinitionKey());
        boolean escalation = ConsultationProcess.TASK_ESCALATE.equals(task.getTaskDefinitionKey());
        if (!reply && !escalation
                || !(task.getVariable(ConsultationProcess.CONSULTATION_ID) instanceof Number id)) {
            return Map.of();
        }
        Consultation consultation = consultations.get(id.longValue());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(SENDER, consultation.sender());
        facts.put(SUBJECT, consultation.subject());
        body(consultation.id()).ifPresent(body -> facts.put(BODY, body));
        facts.put(RECEIVED, Shown.time(consultation.receivedAt()));
        facts.put(DUE, Shown.time(consultation.dueAt()));
        if (escalation) {
            facts.put(LATENESS, lateness(consultation, clock.instant()));
        }
        return facts;
    }

    /** The client's first message of the thread, as Markdown lines (a consultation recorded by hand has none). */
    private Optional<String> body(long consultationId) {
        return threads.messages(consultationId).stream()
                .filter(message -> "IN".equals(message.direction()) && message.body() != null
                        && !message.body().isBlank())
                .min(Comparator.comparing(ConsultationThread.Message::receivedAt))
                .map(message -> message.body().strip().replace("\r\n", "\n").replace("\n", "  \n"));
    }

    /** The escalation task lives while the reply is missing (a reply ends it): late from the due time until now. */
    private String lateness(Consultation consultation, Instant now) {
        return late(consultation.dueAt(), now);
    }

    private String late(Instant due, Instant until) {
        Duration business = calendar.businessTimeBetween(due, until);
        return Shown.minutes(business.isNegative() ? Duration.ZERO : business)
                + "超過 (overdue, business hours)";
    }
}
