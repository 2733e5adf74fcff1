package jp.bansou.consultation;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import jp.bansou.consultation.Consultation.Escalation;
import jp.bansou.consultation.Consultation.Reply;
import jp.bansou.engagement.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.security.CaseAccess;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    ConsultationController(ConsultationService consultations, ReplySlaReport slaReport, CaseAccess access) {
        this.consultations = consultations;
        this.slaReport = slaReport;
        this.access = access;
    }

    @PostMapping("/api/engagements/{caseNumber}/consultations")
    ResponseEntity<ConsultationView> receive(@PathVariable String caseNumber, @RequestBody NewConsultation input) {
        String user = access.requireWorkOn(caseNumber);
        Consultation received = consultations.receive(caseNumber, input, user);
        return ResponseEntity.created(URI.create("/api/consultations/" + received.id()))
                .body(ConsultationView.of(received));
    }

    @GetMapping("/api/engagements/{caseNumber}/consultations")
    List<ConsultationView> list(@PathVariable String caseNumber) {
        access.requireWorkOn(caseNumber);
        return consultations.consultations(caseNumber).stream().map(ConsultationView::of).toList();
    }

    @GetMapping("/api/consultations/{id}")
    ConsultationView get(@PathVariable long id) {
        Consultation consultation = consultations.get(id);
        access.requireWorkOn(consultation.caseNumber());
        return ConsultationView.of(consultation);
    }

    /** Answered already: 409 Conflict, the reply recorded first stands. */
    @PostMapping("/api/consultations/{id}/reply")
    ConsultationView reply(@PathVariable long id, @RequestBody ReplyRequest reply) {
        String user = access.requireWorkOn(consultations.get(id).caseNumber());
        return ConsultationView.of(consultations.reply(id, reply.minutes(), reply.summary(), user));
    }

    @GetMapping("/api/engagements/{caseNumber}/sla")
    SlaView sla(@PathVariable String caseNumber, @RequestParam YearMonth month) {
        access.requireWorkOn(caseNumber);
        return SlaView.of(slaReport.figures(caseNumber, month));
    }

    @ExceptionHandler(AlreadyRepliedException.class)
    ProblemDetail alreadyReplied(AlreadyRepliedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Already answered");
        return problem;
    }

    private static OffsetDateTime tokyo(Instant instant) {
        return instant == null ? null : instant.atZone(BusinessTime.ZONE).toOffsetDateTime();
    }

    record ReplyRequest(Integer minutes, String summary) {
    }

    record ConsultationView(long id, String caseNumber, String businessKey, Channel channel, String sender,
            String subject, OffsetDateTime receivedAt, Plan plan, String consultant, OffsetDateTime dueAt,
            OffsetDateTime reminderAt, OffsetDateTime remindedAt, EscalationView escalation, ReplyView reply) {

        static ConsultationView of(Consultation c) {
            return new ConsultationView(c.id(), c.caseNumber(), c.businessKey(), c.channel(), c.sender(), c.subject(),
                    tokyo(c.receivedAt()), c.plan(), c.consultant(), tokyo(c.dueAt()), tokyo(c.reminderAt()),
                    tokyo(c.remindedAt()), EscalationView.of(c.escalation()), ReplyView.of(c.reply(), c.isRepliedInTime()));
        }
    }

    record EscalationView(OffsetDateTime breachedAt, OffsetDateTime consultantNotifiedAt, EscalationAction action,
            String note, String handledBy, OffsetDateTime handledAt) {

        static EscalationView of(Escalation e) {
            return e == null ? null : new EscalationView(tokyo(e.breachedAt()), tokyo(e.consultantNotifiedAt()),
                    e.action(), e.note(), e.handledBy(), tokyo(e.handledAt()));
        }
    }

    record ReplyView(OffsetDateTime repliedAt, String repliedBy, int minutes, String summary, boolean inTime,
            Integer delayMinutes) {

        static ReplyView of(Reply r, boolean inTime) {
            return r == null ? null
                    : new ReplyView(tokyo(r.repliedAt()), r.repliedBy(), r.minutes(), r.summary(), inTime, r.delayMinutes());
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
