package jp.bansou.contract;

import java.time.Instant;
import java.time.LocalDate;

import jp.bansou.plan.Plan;

/**
 * One term of a contract: the 3-month trial, then 6-month renewals; {@code endsOn} is its last day.
 * {@code endedUndecidedAt} is when it ended with its renewal still undecided; {@code trialSignals} are the
 * trial review's signals (the trial term only, once reviewed).
 */
public record Term(
        long id,
        long contractId,
        int seq,
        TermKind kind,
        LocalDate startsOn,
        LocalDate endsOn,
        RenewalDecision decision,
        Plan nextPlan,
        Boolean approachFits,
        String decisionNote,
        String decidedBy,
        Instant decidedAt,
        Instant endedUndecidedAt,
        TrialSignals trialSignals) {

    public LocalDate nextStart() {
        return endsOn.plusDays(1);
    }
}
