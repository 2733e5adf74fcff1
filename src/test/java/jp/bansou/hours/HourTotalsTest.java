package jp.bansou.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.YearMonth;

import javax.sql.DataSource;

import jp.bansou.BansouTest;
import jp.bansou.testing.EngagementFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The running totals of each budget period on H2: kept by every command equal to the entries summed, read by the
 * balance and the close, and brought back in line by the backfill ({@link HourTotals}) when entries were
 * written without the ledger. The same scenario runs on PostgreSQL in {@link HourLedgerPostgresIT}.
 */
@BansouTest
class HourTotalsTest {

    @Autowired
    HourLedger ledger;
    @Autowired
    HourRepository hours;
    @Autowired
    MonthlyClose close;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    HourTotalsScenario scenario(YearMonth closed) {
        return new HourTotalsScenario(ledger, hours, close, fixture, jdbc, closed);
    }

    @Test
    void entriesReversalsDecisionsAndPriorPeriodAdjustmentsKeepTheTotalsEqualToTheSums() {
        HourTotalsScenario scenario = scenario(YearMonth.of(2033, 5)).run();

        scenario.assertTotalsEqualSums();
        assertThat(scenario.snapshotFigures()).as("used, approved, pending, declined, meetings at the close")
                .containsExactly(845, 0, 120, 150, 1);
        assertThat(scenario.adjustmentKinds()).containsExactly(AdjustmentKind.ENTRY, AdjustmentKind.ENTRY,
                AdjustmentKind.APPROVAL, AdjustmentKind.DECLINE, AdjustmentKind.REVERSAL, AdjustmentKind.REVERSAL);
    }

    @Test
    void theBackfillRecomputesTotalsThatDoNotMatchAndAddsMissingPeriods() throws Exception {
        HourTotalsScenario scenario = scenario(YearMonth.of(2033, 8)).run();
        jdbc.sql("""
                UPDATE hour_budget SET used_minutes = 7, pending_minutes = 7, approved_over_cap_minutes = 7,
                                       declined_minutes = 7, scheduled_meetings_held = 7, entry_count = 7
                WHERE case_number = ?""").param(scenario.contractCase).update();
        jdbc.sql("DELETE FROM hour_budget WHERE case_number = ?").param(scenario.spotCase).update();

        try (Connection connection = dataSource.getConnection()) {
            HourTotals.recompute(connection);
        }

        scenario.assertTotalsEqualSums();
    }
}
