package jp.bansou.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One open case on the managers' board. {@code consultantName} is the consultant as people read it ({@code
 * UserNames}). {@code stage} is an enablement step, or {@code INTAKE} (before a
 * contract, spot included) or {@code CLOSING} (the contract has ended, the closing report is owed).
 * {@code attention} lists why the case needs a manager's look; it is empty when nothing does.
 */
record BoardRow(
        String caseNumber,
        String organisation,
        String consultant,
        String consultantName,
        String plan,
        String planLabel,
        String stage,
        String stageLabel,
        LocalDate stageSince,
        Integer daysInStage,
        Gate gate,
        ContractTerm term,
        Hours hours,
        Replies replies,
        Instant nextMeetingAt,
        List<ProcessLink> processInstances,
        List<Attention> attention) {

    /**
     * The latest stage gate ({@code outcome} null while its review is open). {@code onHold}: held and not decided
     * since (the re-check reopens the review, which stays on hold until decided), with the hold's re-check date;
     * {@code pastRecheck} once that date has passed.
     */
    public record Gate(String stage, String outcome, LocalDate recheckOn, boolean onHold, boolean pastRecheck,
            boolean overridePending) {
    }

    /**
     * The contract's current term. {@code renewal}: {@code DECIDED}, {@code NOT_YET} (the decision opens on
     * {@code decisionOpensOn}), {@code DUE} (open, undecided), {@code OVERDUE} (undecided on or after
     * {@code escalatesOn}, when it goes to the managers), {@code ENDED} (the contract has ended).
     */
    public record ContractTerm(int seq, String kind, LocalDate startsOn, LocalDate endsOn, String decision,
            LocalDate decisionOpensOn, LocalDate escalatesOn, String renewal) {
    }

    /**
     * This month's hours against the cap (a spot engagement: the whole engagement against the hours agreed).
     * {@code percentUsed} is null without a cap.
     */
    public record Hours(String period, int capMinutes, int usedMinutes, BigDecimal percentUsed, boolean atWarning,
            boolean overCap, int pendingMinutes, int pendingApprovals) {
    }

    /** Consultations received this month: replied in time, breached (late or overdue), open; open escalations of any month. */
    public record Replies(int received, int repliedInTime, int breached, int open, int openEscalations) {
    }

    public record ProcessLink(String id, String processDefinitionKey, String processDefinitionName) {
    }

    public enum Attention {
        /** this month's hours at or over the warning threshold (80 %) */
        HOURS_AT_WARNING,
        /** a reply breached its SLA this month */
        REPLY_BREACHED,
        /** a gate on hold whose re-check date has passed */
        GATE_HOLD_PAST_RECHECK,
        /** the renewal decision (or trial review) is still undecided when the managers should have it */
        RENEWAL_OVERDUE
    }
}
