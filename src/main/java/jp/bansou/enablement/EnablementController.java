package jp.bansou.enablement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.bansou.engagement.EngagementService;
import jp.bansou.platform.BusinessTime;
import jp.bansou.security.CaseAccess;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where a case stands in the enablement flow, and every stage gate it went through. */
@RestController
class EnablementController {

    private final EnablementService enablement;
    private final EngagementService engagements;
    private final CaseAccess access;

    EnablementController(EnablementService enablement, EngagementService engagements, CaseAccess access) {
        this.enablement = enablement;
        this.engagements = engagements;
        this.access = access;
    }

    @GetMapping("/api/engagements/{caseNumber}/enablement")
    EnablementView get(@PathVariable String caseNumber) {
        access.requireWorkOn(caseNumber);
        Enablement flow = enablement.get(caseNumber);
        return new EnablementView(flow.caseNumber(), engagements.get(caseNumber).consultant(), flow.stage(),
                flow.stage().label(), flow.startedAt(), flow.stageEnteredAt(), flow.completedAt(), flow.endedAt(),
                enablement.gates(caseNumber).stream().map(GateView::of).toList());
    }

    /**
     * {@code completedAt}: the Self-propelled gate was passed; {@code endedAt}: the flow ended with the contract.
     */
    record EnablementView(String caseNumber, String consultant, Stage stage, String stageLabel, Instant startedAt,
            Instant stageEnteredAt, Instant completedAt, Instant endedAt, List<GateView> gates) {
    }

    /**
     * One gate: {@code checkedOn} when its criteria were checked, {@code decidedOn} when the review (or a manager's
     * override) decided it; {@code outcome} is absent while it is open. A Self-propelled gate has
     * {@code hoursTrend}: minutes used and capped per month, with the hours planned.
     */
    record GateView(int seq, Stage stage, LocalDate checkedOn, Instant checkedAt, LocalDate decidedOn,
            GateOutcome outcome, boolean criteriaMet, List<CriterionResult> criteria, List<String> unmetCriteria,
            String requestNote, String decidedBy, String clientAttendees, String note, LocalDate recheckOn,
            String overrideRequestedBy, String overrideRequest, OverrideDecision overrideDecision, String overrideBy,
            String overrideReason, List<MonthHours> hoursTrend) {

        static GateView of(StageGate gate) {
            return new GateView(gate.seq(), gate.stage(), gate.checkedAt().atZone(BusinessTime.ZONE).toLocalDate(),
                    gate.checkedAt(), gate.decidedOn(), gate.outcome(), gate.criteriaMet(), gate.criteria(),
                    gate.unmet().stream().map(CriterionResult::description).toList(), gate.requestNote(),
                    gate.decidedBy(), gate.clientAttendees(), gate.note(), gate.recheckOn(),
                    gate.overrideRequestedBy(), gate.overrideRequest(), gate.overrideDecision(), gate.overrideBy(),
                    gate.overrideReason(), gate.hoursTrend().isEmpty() ? null : gate.hoursTrend());
        }
    }
}
