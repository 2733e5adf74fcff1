package jp.bansou.hours;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings the running totals of {@code hour_budget} in line with the entries, summing them in the database: for
 * entries written without the ledger, that is the migration that introduced the totals ({@link
 * HourTotalsBackfill}) and bulk loads such as the benchmark's. A period that has entries but no row yet gets one.
 * Takes none of the ledger's locks: run it only while nothing records time.
 */
public final class HourTotals {

    /** An entry's budget period, as {@link HourRepository.Budget#periodOf} names it. */
    private static final String PERIOD = "CASE WHEN e.plan = 'SPOT' THEN 'SPOT' ELSE TO_CHAR(e.work_date, 'YYYY-MM') END";

    private static final String MISSING_ROWS = """
            INSERT INTO hour_budget (case_number, budget_period)
            SELECT DISTINCT e.case_number, %1$s FROM time_entry e
            WHERE NOT EXISTS (SELECT 1 FROM hour_budget b WHERE b.case_number = e.case_number AND b.budget_period = %1$s)"""
            .formatted(PERIOD);

    private static final String RECOMPUTE = """
            UPDATE hour_budget SET (used_minutes, pending_minutes, approved_over_cap_minutes, declined_minutes,
                                    scheduled_meetings_held, entry_count) = (%s)"""
            .formatted(periodSums("hour_budget.case_number", "hour_budget.budget_period"));

    private HourTotals() {
    }

    public static void recompute(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(MISSING_ROWS);
            statement.executeUpdate(RECOMPUTE);
        }
    }

    /**
     * What {@link Tally#of} adds up, over one period's entries: an entry's status follows from {@code held} and
     * the decision on it (a reversal's decision is its original's); a reversed scheduled meeting counts -1.
     */
    static String periodSums(String caseNumber, String period) {
        return """
                SELECT COALESCE(SUM(CASE WHEN NOT e.held OR d.decision = 'APPROVE' THEN e.minutes END), 0) AS used_minutes,
                       COALESCE(SUM(CASE WHEN e.held AND d.decision IS NULL THEN e.minutes END), 0) AS pending_minutes,
                       COALESCE(SUM(CASE WHEN d.decision = 'APPROVE' THEN e.minutes END), 0) AS approved_over_cap_minutes,
                       COALESCE(SUM(CASE WHEN d.decision = 'DECLINE' THEN e.minutes END), 0) AS declined_minutes,
                       COALESCE(SUM(CASE WHEN e.scheduled_meeting
                                         THEN CASE WHEN e.reverses_id IS NULL THEN 1 ELSE -1 END END), 0)
                           AS scheduled_meetings_held,
                       COUNT(*) AS entry_count
                FROM time_entry e
                LEFT JOIN over_cap_decision d ON e.held AND d.entry_id = COALESCE(e.reverses_id, e.id)
                WHERE e.case_number = %s AND %s = %s""".formatted(caseNumber, PERIOD, period);
    }
}
