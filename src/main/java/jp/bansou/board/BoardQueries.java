package jp.bansou.board;

import static jp.bansou.platform.Jdbc.date;
import static jp.bansou.platform.Jdbc.instant;
import static jp.bansou.platform.Jdbc.integer;
import static jp.bansou.platform.Jdbc.nullableLong;
import static jp.bansou.platform.Jdbc.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.bansou.contract.PlanChangeSource;
import jp.bansou.contract.PlanPeriod;
import jp.bansou.plan.Plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Set-based reads over the other features' tables for the board: each method is one query over all open cases
 * (never one per case), so that the board costs the same few round trips at 5 or 500 cases.
 */
@Repository
class BoardQueries {

    private static final String OPEN = "SELECT case_number FROM engagement WHERE closed_at IS NULL";

    private final JdbcClient jdbc;

    BoardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenCase> openCases() {
        return jdbc.sql("""
                SELECT e.case_number, e.organisation, e.consultant, e.received_at,
                       c.id AS contract_id, c.starts_on, c.ended_on,
                       n.stage, n.stage_entered_at,
                       p.proposed_plan, p.client_answer, p.spot_hours
                FROM engagement e
                LEFT JOIN contract c ON c.case_number = e.case_number
                LEFT JOIN enablement n ON n.case_number = e.case_number
                LEFT JOIN plan_proposal p ON p.case_number = e.case_number
                WHERE e.closed_at IS NULL
                ORDER BY e.case_number""")
                .query((rs, row) -> new OpenCase(rs.getString("case_number"), rs.getString("organisation"),
                        rs.getString("consultant"), instant(rs, "received_at"), nullableLong(rs, "contract_id"),
                        date(rs, "starts_on"), date(rs, "ended_on"), rs.getString("stage"),
                        instant(rs, "stage_entered_at"), rs.getString("proposed_plan"),
                        rs.getString("client_answer"), integer(rs, "spot_hours")))
                .list();
    }

    /** The latest term of each open case's contract. */
    Map<String, CurrentTerm> currentTerms() {
        Map<String, CurrentTerm> terms = new HashMap<>();
        jdbc.sql("""
                SELECT c.case_number, t.seq, t.kind, t.starts_on, t.ends_on, t.decision
                FROM contract_term t
                JOIN contract c ON c.id = t.contract_id
                WHERE c.case_number IN (%s)
                  AND t.seq = (SELECT MAX(t2.seq) FROM contract_term t2 WHERE t2.contract_id = t.contract_id)"""
                        .formatted(OPEN))
                .query((rs, row) -> new CurrentTerm(rs.getString("case_number"), rs.getInt("seq"),
                        rs.getString("kind"), date(rs, "starts_on"), date(rs, "ends_on"), rs.getString("decision")))
                .list()
                .forEach(term -> terms.put(term.caseNumber(), term));
        return terms;
    }

    /** Every plan period of the open cases' contracts, by case, in the order they take effect. */
    Map<String, List<PlanPeriod>> planHistories() {
        Map<String, List<PlanPeriod>> plans = new HashMap<>();
        jdbc.sql("""
                SELECT c.case_number, pp.plan, pp.effective_from, pp.source
                FROM plan_period pp
                JOIN contract c ON c.id = pp.contract_id
                WHERE c.case_number IN (%s)
                ORDER BY c.case_number, pp.effective_from, pp.id""".formatted(OPEN))
                .query((rs, row) -> Map.entry(rs.getString("case_number"),
                        new PlanPeriod(Plan.valueOf(rs.getString("plan")), date(rs, "effective_from"),
                                PlanChangeSource.valueOf(rs.getString("source")))))
                .list()
                .forEach(entry -> plans.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        return plans;
    }

    /**
     * Minutes counted against the cap in {@code month} (continuous plans) and over the whole spot engagement, as the
     * hour ledger counts them: booked and approved over-cap entries are used, held ones without a decision are
     * pending (a reversal carries its original's status).
     */
    Map<String, HourFigures> hours(YearMonth month) {
        Map<String, HourFigures> hours = new HashMap<>();
        jdbc.sql("""
                SELECT te.case_number,
                       SUM(CASE WHEN te.plan <> 'SPOT' AND te.work_date >= :from AND te.work_date < :to
                                 AND (te.held = FALSE OR d.decision = 'APPROVE') THEN te.minutes ELSE 0 END) AS used,
                       SUM(CASE WHEN te.plan <> 'SPOT' AND te.work_date >= :from AND te.work_date < :to
                                 AND te.held = TRUE AND d.decision IS NULL THEN te.minutes ELSE 0 END) AS pending,
                       SUM(CASE WHEN te.plan <> 'SPOT' AND te.work_date >= :from AND te.work_date < :to
                                 AND te.held = TRUE AND d.decision IS NULL AND te.reverses_id IS NULL
                                THEN 1 ELSE 0 END) AS pending_entries,
                       SUM(CASE WHEN te.plan = 'SPOT' AND (te.held = FALSE OR d.decision = 'APPROVE')
                                THEN te.minutes ELSE 0 END) AS spot_used,
                       SUM(CASE WHEN te.plan = 'SPOT' AND te.held = TRUE AND d.decision IS NULL
                                THEN te.minutes ELSE 0 END) AS spot_pending,
                       SUM(CASE WHEN te.plan = 'SPOT' AND te.held = TRUE AND d.decision IS NULL
                                 AND te.reverses_id IS NULL THEN 1 ELSE 0 END) AS spot_pending_entries
                FROM time_entry te
                LEFT JOIN over_cap_decision d ON d.entry_id = COALESCE(te.reverses_id, te.id)
                WHERE te.case_number IN (%s)
                GROUP BY te.case_number""".formatted(OPEN))
                .param("from", month.atDay(1)).param("to", month.plusMonths(1).atDay(1))
                .query((rs, row) -> new HourFigures(rs.getString("case_number"), rs.getInt("used"),
                        rs.getInt("pending"), rs.getInt("pending_entries"), rs.getInt("spot_used"),
                        rs.getInt("spot_pending"), rs.getInt("spot_pending_entries")))
                .list()
                .forEach(figures -> hours.put(figures.caseNumber(), figures));
        return hours;
    }

    /** Reply figures of the consultations received in [from, to), as of {@code now}, by case. */
    Map<String, ReplyFigures> replies(Instant from, Instant to, Instant now) {
        Map<String, ReplyFigures> replies = new HashMap<>();
        jdbc.sql("""
                SELECT case_number, COUNT(*) AS received,
                       SUM(CASE WHEN replied_at IS NOT NULL AND replied_at <= due_at THEN 1 ELSE 0 END) AS in_time,
                       SUM(CASE WHEN (replied_at IS NOT NULL AND replied_at > due_at)
                                  OR (replied_at IS NULL AND due_at <= :now) THEN 1 ELSE 0 END) AS breached,
                       SUM(CASE WHEN replied_at IS NULL THEN 1 ELSE 0 END) AS open_replies
                FROM consultation
                WHERE received_at >= :from AND received_at < :to AND case_number IN (%s)
                GROUP BY case_number""".formatted(OPEN))
                .param("from", utc(from)).param("to", utc(to)).param("now", utc(now))
                .query((rs, row) -> new ReplyFigures(rs.getString("case_number"), rs.getInt("received"),
                        rs.getInt("in_time"), rs.getInt("breached"), rs.getInt("open_replies")))
                .list()
                .forEach(figures -> replies.put(figures.caseNumber(), figures));
        return replies;
    }

    /** Escalations (a breach recorded) that no manager has handled yet, by case. */
    Map<String, Integer> openEscalations() {
        Map<String, Integer> open = new HashMap<>();
        jdbc.sql("""
                SELECT case_number, COUNT(*) AS open_escalations FROM consultation
                WHERE breached_at IS NOT NULL AND escalation_handled_at IS NULL AND case_number IN (%s)
                GROUP BY case_number""".formatted(OPEN))
                .query((rs, row) -> Map.entry(rs.getString("case_number"), rs.getInt("open_escalations")))
                .list()
                .forEach(entry -> open.put(entry.getKey(), entry.getValue()));
        return open;
    }

    /** The latest stage gate of each open case, and its latest decided one (the same row once decided). */
    Map<String, LatestGate> latestGates() {
        Map<String, LatestGate> gates = new HashMap<>();
        jdbc.sql("""
                SELECT g.case_number, g.stage, g.outcome, g.override_requested_by, g.override_decision,
                       d.stage AS decided_stage, d.outcome AS decided_outcome, d.recheck_on AS decided_recheck_on
                FROM stage_gate g
                LEFT JOIN stage_gate d ON d.case_number = g.case_number
                     AND d.seq = (SELECT MAX(d2.seq) FROM stage_gate d2
                                  WHERE d2.case_number = g.case_number AND d2.outcome IS NOT NULL)
                WHERE g.case_number IN (%s)
                  AND g.seq = (SELECT MAX(g2.seq) FROM stage_gate g2 WHERE g2.case_number = g.case_number)"""
                        .formatted(OPEN))
                .query((rs, row) -> new LatestGate(rs.getString("case_number"), rs.getString("stage"),
                        rs.getString("outcome"),
                        rs.getString("override_requested_by") != null && rs.getString("override_decision") == null,
                        rs.getString("decided_stage"), rs.getString("decided_outcome"),
                        date(rs, "decided_recheck_on")))
                .list()
                .forEach(gate -> gates.put(gate.caseNumber(), gate));
        return gates;
    }

    /** Reply SLA figures of every case's closed months from {@code from} on, summed per month. */
    List<MonthSla> closedMonthSla(YearMonth from) {
        return jdbc.sql("""
                SELECT month_start, SUM(COALESCE(sla_consultations, 0)) AS consultations,
                       SUM(COALESCE(sla_replied_in_time, 0)) AS in_time, SUM(COALESCE(sla_breached, 0)) AS breached,
                       SUM(COALESCE(sla_open, 0)) AS open_replies
                FROM monthly_close WHERE month_start >= :from
                GROUP BY month_start ORDER BY month_start""")
                .param("from", from.atDay(1))
                .query((rs, row) -> new MonthSla(YearMonth.from(date(rs, "month_start")), rs.getInt("consultations"),
                        rs.getInt("in_time"), rs.getInt("breached"), rs.getInt("open_replies")))
                .list();
    }

    /** Every case's reply figures for consultations received in [from, to), summed (for the open month). */
    MonthSla openMonthSla(YearMonth month, Instant from, Instant to, Instant now) {
        return jdbc.sql("""
                SELECT COUNT(*) AS consultations,
                       COALESCE(SUM(CASE WHEN replied_at IS NOT NULL AND replied_at <= due_at THEN 1 ELSE 0 END), 0)
                           AS in_time,
                       COALESCE(SUM(CASE WHEN (replied_at IS NOT NULL AND replied_at > due_at)
                                  OR (replied_at IS NULL AND due_at <= :now) THEN 1 ELSE 0 END), 0) AS breached,
                       COALESCE(SUM(CASE WHEN replied_at IS NULL THEN 1 ELSE 0 END), 0) AS open_replies
                FROM consultation WHERE received_at >= :from AND received_at < :to""")
                .param("from", utc(from)).param("to", utc(to)).param("now", utc(now))
                .query((rs, row) -> new MonthSla(month, rs.getInt("consultations"), rs.getInt("in_time"),
                        rs.getInt("breached"), rs.getInt("open_replies")))
                .single();
    }

    /** Escalations recorded since {@code since}, per consultant: handled and still open. */
    List<ConsultantEscalations> escalationsByConsultant(Instant since) {
        return jdbc.sql("""
                SELECT consultant,
                       SUM(CASE WHEN escalation_handled_at IS NULL THEN 1 ELSE 0 END) AS open_escalations,
                       SUM(CASE WHEN escalation_handled_at IS NOT NULL THEN 1 ELSE 0 END) AS handled
                FROM consultation WHERE breached_at IS NOT NULL AND breached_at >= :since
                GROUP BY consultant ORDER BY consultant""")
                .param("since", utc(since))
                .query((rs, row) -> new ConsultantEscalations(rs.getString("consultant"), rs.getInt("open_escalations"),
                        rs.getInt("handled")))
                .list();
    }

    /** The planned support weight (hours) per month of a case: for each month the latest plan recorded. */
    Map<YearMonth, Integer> plannedSupportHours(String caseNumber) {
        Map<YearMonth, Integer> planned = new HashMap<>();
        jdbc.sql("SELECT plan_month, planned_hours FROM support_weight_plan WHERE case_number = :c ORDER BY id")
                .param("c", caseNumber)
                .query((rs, row) -> Map.entry(YearMonth.from(date(rs, "plan_month")), rs.getInt("planned_hours")))
                .list()
                .forEach(entry -> planned.put(entry.getKey(), entry.getValue()));
        return planned;
    }

    /** A case's review cycles by the month they were held in: [all, run without the consultant]. */
    Map<YearMonth, int[]> reviewCycles(String caseNumber) {
        Map<YearMonth, int[]> cycles = new HashMap<>();
        jdbc.sql("SELECT held_on, without_consultant FROM review_cycle WHERE case_number = :c")
                .param("c", caseNumber)
                .query((rs, row) -> Map.entry(YearMonth.from(date(rs, "held_on")), rs.getBoolean("without_consultant")))
                .list()
                .forEach(entry -> {
                    int[] counts = cycles.computeIfAbsent(entry.getKey(), m -> new int[2]);
                    counts[0]++;
                    if (entry.getValue()) {
                        counts[1]++;
                    }
                });
        return cycles;
    }

    record OpenCase(String caseNumber, String organisation, String consultant, Instant receivedAt, Long contractId,
            LocalDate contractStartsOn, LocalDate contractEndedOn, String stage, Instant stageEnteredAt,
            String proposedPlan, String clientAnswer, Integer spotHours) {

        boolean isAcceptedSpot() {
            return contractId == null && "SPOT".equals(proposedPlan) && "ACCEPTED".equals(clientAnswer);
        }
    }

    record CurrentTerm(String caseNumber, int seq, String kind, LocalDate startsOn, LocalDate endsOn,
            String decision) {
    }

    record HourFigures(String caseNumber, int usedMinutes, int pendingMinutes, int pendingEntries,
            int spotUsedMinutes, int spotPendingMinutes, int spotPendingEntries) {
    }

    record ReplyFigures(String caseNumber, int received, int repliedInTime, int breached, int open) {
    }

    /**
     * {@code stage} and {@code outcome}: the latest gate (outcome null while its review is open);
     * {@code decided*}: the latest gate with an outcome.
     */
    record LatestGate(String caseNumber, String stage, String outcome, boolean overridePending, String decidedStage,
            String decidedOutcome, LocalDate decidedRecheckOn) {

        /** Held, and not decided since: the hold itself, or the review its re-check reopened. */
        boolean isOnHold() {
            return "HOLD".equals(decidedOutcome) && stage.equals(decidedStage)
                    && (outcome == null || "HOLD".equals(outcome));
        }
    }

    record MonthSla(YearMonth month, int consultations, int repliedInTime, int breached, int open) {
    }

    record ConsultantEscalations(String consultant, int open, int handled) {
    }
}
