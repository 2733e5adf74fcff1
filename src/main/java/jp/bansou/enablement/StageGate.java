package jp.bansou.enablement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One stage gate: the exit criteria checked at {@code checkedAt}, then the review with the client. {@code outcome}
 * is null while the review is open or a manager's override is pending.
 */
record StageGate(
        long id,
        String caseNumber,
        int seq,
        Stage stage,
        Instant checkedAt,
        boolean criteriaMet,
        List<CriterionResult> criteria,
        String requestNote,
        GateOutcome outcome,
        LocalDate decidedOn,
        Instant decidedAt,
        String decidedBy,
        String clientAttendees,
        String note,
        LocalDate recheckOn,
        String overrideRequestedBy,
        String overrideRequest,
        OverrideDecision overrideDecision,
        String overrideBy,
        String overrideReason,
        Instant overrideDecidedAt,
        /* Self-propelled only: the support weight of the last months at the check */
        List<MonthHours> hoursTrend) {

    List<CriterionResult> unmet() {
        return criteria.stream().filter(result -> !result.met()).toList();
    }

    boolean isDecided() {
        return outcome != null;
    }

    boolean overridePending() {
        return overrideRequest != null && overrideDecision == null;
    }
}
