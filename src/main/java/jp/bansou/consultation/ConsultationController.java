package jp.bansou.consultation;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import jp.bansou.consultation.Consultation.Escalation;
import jp.bansou.consultation.Consultation.Reply;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.security.CaseAccess;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Daily consultations of a case: receive one, reply to it, and the case's reply SLA figures for a month. Only the
 * case's consultant and the managers (403 for others, 404 for an unknown case). Times are shown in Tokyo.
 */
@RestController
class ConsultationController {

    private final ConsultationService consultations;
    private final ReplySlaReport slaReport;
    private final CaseAccess access;
    private final ConsultationThread threads;

    ConsultationController(ConsultationService consultations, ReplySlaReport slaReport, CaseAccess access,
            ConsultationThread threads) {
        this.consultations = consultations;
        this.slaReport = slaReport;
        this.access = access;
        this.threads = threads;
    }

    @PostMapping("/api/engagements/{caseNumber}/consultations")
    ResponseEntity<ConsultationView> receive(@PathVariable String caseNumber, @RequestBody NewConsultation input) {
        String user = access.requireWorkOn(caseNumber);
        Consultation received = consultations.receive(caseNumber, input, user);
        return ResponseEntity.created(URI.create("/api/consultations/" + received.id()))
                .body(view(received));
    }

    @GetMapping("/api/engagements/{caseNumber}/consultations")
    List<ConsultationView> list(@PathVariable String caseNumber) {
        access.requireWorkOn(caseNumber);
        return consultations.consultations(caseNumber).stream().map(this::view).toList();
    }

    @GetMapping("/api/consultations/{id}")
    ConsultationView get(@PathVariable long id) {
        Consultation consultation = consultations.get(id);
        access.requireWorkOn(consultation.caseNumber());
        return view(consultation);
    }

    /**
     * Answered already: 409 Conflict, the reply recorded first stands. {@code repliedAt}: when the reply was sent
     * (default now), so that a reply sent earlier and recorded later is measured from when it was sent.
     */
    @PostMapping("/api/consultations/{id}/reply")
    ConsultationView reply(@PathVariable long id, @RequestBody ReplyRequest reply) {
        String user = access.requireWorkOn(consultations.get(id).caseNumber());
        return view(consultations.reply(id, reply.minutes(), reply.summary(), reply.repliedAt(), user));
    }

    private ConsultationView view(Consultation consultation) {
        return ConsultationView.of(consultation, threads.messages(consultation.id()));
    }

    @GetMapping("/api/engagements/{caseNumber}/sla")
    SlaView sla(@PathVariable String caseNumber, @RequestParam YearMonth month) {
        access.requireWorkOn(caseNumber);
        return SlaView.of(slaReport.figures(caseNumber, month));
    }

    private static OffsetDateTime tokyo(Instant instant) {
        return instant == null ? null : instant.atZone(BusinessTime.ZONE).toOffsetDateTime();
    }

    /** {@code repliedAt}: ISO-8601 with offset, e.g. 2026-12-07T15:30:00+09:00; absent: now. */
    record ReplyRequest(Integer minutes, String summary, String repliedAt) {
    }

    record ConsultationView(long id, String caseNumber, String businessKey, Channel channel, String sender,
            String subject, OffsetDateTime receivedAt, Plan plan, String consultant, OffsetDateTime dueAt,
            OffsetDateTime reminderAt, OffsetDateTime remindedAt, EscalationView escalation, ReplyView reply,
            List<MessageView> messages) {

        static ConsultationView of(Consultation c, List<ConsultationThread.Message> messages) {
            return new ConsultationView(c.id(), c.caseNumber(), c.businessKey(), c.channel(), c.sender(), c.subject(),
                    tokyo(c.receivedAt()), c.plan(), c.consultant(), tokyo(c.dueAt()), tokyo(c.reminderAt()),
                    tokyo(c.remindedAt()), EscalationView.of(c.escalation()), ReplyView.of(c.reply(), c.isRepliedInTime()),
                    messages.stream().map(MessageView::of).toList());
        }
    }

    record MessageView(long id, String source, String direction, String sender, String firmUser, String subject,
            String body, String attachments, OffsetDateTime receivedAt, String outcome) {

        static MessageView of(ConsultationThread.Message m) {
            return new MessageView(m.id(), m.source(), m.direction(), m.sender(), m.firmUser(), m.subject(), m.body(),
                    m.attachments(), tokyo(m.receivedAt()), m.outcome());
        }
    }

    record EscalationView(OffsetDateTime breachedAt, OffsetDateTime consultantNotifiedAt, EscalationAction action,
            String note, String handledBy, OffsetDateTime handledAt) {

        static EscalationView of(Escalation e) {
            return e == null ? null : new EscalationView(tokyo(e.breachedAt()), tokyo(e.consultantNotifiedAt()),
                    e.action(), e.note(), e.handledBy(), tokyo(e.handledAt()));
        }
    }

    /** {@code booked}: whether the minutes count as CONSULTATION time; {@code reason} says why not. */
    record ReplyView(OffsetDateTime repliedAt, String repliedBy, ReplyChannel channel, OffsetDateTime recordedAt,
            int minutes, String summary, boolean inTime, Integer delayMinutes, boolean booked, String reason) {

        static ReplyView of(Reply r, boolean inTime) {
            return r == null ? null
                    : new ReplyView(tokyo(r.repliedAt()), r.repliedBy(), r.channel(), tokyo(r.recordedAt()), r.minutes(),
                            r.summary(), inTime, r.delayMinutes(), r.booked(), r.notBookedReason());
        }
    }

    record SlaView(String caseNumber, YearMonth month, OffsetDateTime asOf, int consultations, int repliedInTime,
            int breached, int open, Integer medianDelayMinutes, Integer worstDelayMinutes) {

        static SlaView of(SlaFigures f) {
            return new SlaView(f.caseNumber(), f.month(), tokyo(f.asOf()), f.consultations(), f.repliedInTime(),
                    f.breached(), f.open(), f.medianDelayMinutes(), f.worstDelayMinutes());
        }
    }
}
