package jp.bansou.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.bansou.plan.Plan;
import jp.bansou.testing.EmbeddedPostgresSupport;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/**
 * The ledger on PostgreSQL: concurrent entries never book more than the cap between them (the period's row lock
 * holds under real concurrency), the ledger's SQL (row locks, savepoints, the close) runs on PostgreSQL, and so do
 * the running totals and their backfill ({@link HourTotalsTest} on H2).
 */
class HourLedgerPostgresIT extends EmbeddedPostgresSupport {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    static final int PARALLEL = 20;

    @Autowired
    HourLedger ledger;
    @Autowired
    MonthlyClose close;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HourRepository hours;
    @Autowired
    DataSource dataSource;

    NewTimeEntry entry(String caseNumber, LocalDate date, int minutes) {
        return new NewTimeEntry(caseNumber, "consultant", date, minutes, TimeEntryCategory.CONSULTATION, false,
                "並行入力 (Parallel entry)", "consultant");
    }

    /** Records {@code PARALLEL} entries at once, all released together; returns them as stored. */
    List<TimeEntry> recordInParallel(String caseNumber, int minutes) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch ready = new CountDownLatch(PARALLEL);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<TimeEntry>> results = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                Callable<TimeEntry> record = () -> {
                    ready.countDown();
                    go.await();
                    return ledger.record(entry(caseNumber, TODAY, minutes));
                };
                results.add(threads.submit(record));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<TimeEntry> stored = new ArrayList<>();
            for (Future<TimeEntry> result : results) {
                stored.add(result.get(60, TimeUnit.SECONDS));
            }
            return stored;
        } finally {
            threads.shutdownNow();
        }
    }

    long approvals(String caseNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(OverCapApprovalProcess.PROCESS_ID)
                .processInstanceBusinessKey(caseNumber).count();
    }

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }

    @Test
    void twentyParallelEntriesAgainstTheLastFreeHourNeverBookMoreThanTheCap() throws Exception {
        TestClock.setTokyo(TODAY);
        String caseNumber = fixture.signedContract(Plan.STANDARD, DECEMBER.atDay(1));
        ledger.record(entry(caseNumber, DECEMBER.atDay(1), 1380));

        List<TimeEntry> stored = recordInParallel(caseNumber, 15);

        assertThat(stored).filteredOn(e -> e.status() == TimeEntryStatus.BOOKED).hasSize(4);
        assertThat(stored).filteredOn(e -> e.status() == TimeEntryStatus.PENDING_APPROVAL).hasSize(PARALLEL - 4);
        MonthlyBalance balance = ledger.balance(caseNumber, DECEMBER);
        assertThat(balance.usedMinutes()).isEqualTo(1440).isEqualTo(balance.capMinutes());
        assertThat(balance.pendingMinutes()).isEqualTo((PARALLEL - 4) * 15);
        assertThat(approvals(caseNumber)).isEqualTo(PARALLEL - 4);
    }

    @Test
    void twentyParallelFirstEntriesOfAMonthShareOneLock() throws Exception {
        TestClock.setTokyo(TODAY);
        String caseNumber = fixture.signedContract(Plan.LIGHT, DECEMBER.atDay(1));

        List<TimeEntry> stored = recordInParallel(caseNumber, 90);

        // Light: 16 h = 960 minutes, so 10 entries of 90 minutes fit and 10 wait for approval
        assertThat(stored).filteredOn(e -> e.status() == TimeEntryStatus.BOOKED).hasSize(10);
        MonthlyBalance balance = ledger.balance(caseNumber, DECEMBER);
        assertThat(balance.usedMinutes()).isEqualTo(900).isLessThanOrEqualTo(balance.capMinutes());
        assertThat(balance.pendingMinutes()).isEqualTo(900);
        assertThat(approvals(caseNumber)).isEqualTo(10);
    }

    @Test
    void reversalsDecisionsAndTheMonthlyCloseWorkOnPostgres() {
        YearMonth month = YearMonth.of(2032, 2);
        TestClock.setTokyo(month.atDay(20));
        String caseNumber = fixture.signedContract(Plan.ADVANCED, month.atDay(1));
        TimeEntry first = ledger.record(entry(caseNumber, month.atDay(2), 950));
        ledger.reverse(caseNumber, first.id(), null, "manager");
        ledger.record(entry(caseNumber, month.atDay(3), 950));
        ledger.record(entry(caseNumber, month.atDay(3), 950));
        TimeEntry held = ledger.record(entry(caseNumber, month.atDay(4), 60));
        ledger.decide(held.id(), OverCapDecision.DECLINE, "上限内で (Within the cap)", "manager");

        TestClock.setTokyo(LocalDateTime.of(2032, 3, 1, 0, 5));
        close.closePreviousMonth();
        close.closePreviousMonth();

        assertThat(close.report(month).cases()).filteredOn(s -> s.caseNumber().equals(caseNumber))
                .singleElement().satisfies(snapshot -> {
                    assertThat(snapshot.capMinutes()).isEqualTo(1920);
                    assertThat(snapshot.usedMinutes()).isEqualTo(1900);
                    assertThat(snapshot.declinedMinutes()).isEqualTo(60);
                });
        assertThat(ledger.balance(caseNumber, month).closed()).isTrue();

        TestClock.setTokyo(LocalDate.of(2032, 3, 2));
        TimeEntry late = ledger.record(entry(caseNumber, month.atDay(27), 20));
        ledger.decide(ledger.record(entry(caseNumber, month.atDay(28), 10)).id(), OverCapDecision.APPROVE, null,
                "manager");
        assertThat(late.status()).isEqualTo(TimeEntryStatus.BOOKED);
        assertThat(close.report(month).adjustmentsAfterClose().items())
                .filteredOn(a -> a.caseNumber().equals(caseNumber))
                .extracting(PriorPeriodAdjustment::kind)
                .containsExactly(AdjustmentKind.ENTRY, AdjustmentKind.ENTRY, AdjustmentKind.APPROVAL);
        assertThat(ledger.balance(caseNumber, YearMonth.of(2032, 3)).priorPeriodAdjustments().usedMinutes())
                .isEqualTo(30);
        assertThat(close.report(month).cases()).filteredOn(s -> s.caseNumber().equals(caseNumber))
                .singleElement().satisfies(snapshot -> assertThat(snapshot.usedMinutes()).isEqualTo(1900));
    }

    @Test
    void theTotalsEqualTheSumsAndTheBackfillRecomputesThemOnPostgres() throws Exception {
        HourTotalsScenario scenario = new HourTotalsScenario(ledger, hours, close, fixture, jdbc, YearMonth.of(2033, 5))
                .run();

        scenario.assertTotalsEqualSums();
        assertThat(scenario.snapshotFigures()).containsExactly(845, 0, 120, 150, 1);
        assertThat(scenario.adjustmentKinds()).containsExactly(AdjustmentKind.ENTRY, AdjustmentKind.ENTRY,
                AdjustmentKind.APPROVAL, AdjustmentKind.DECLINE, AdjustmentKind.REVERSAL, AdjustmentKind.REVERSAL);

        jdbc.sql("UPDATE hour_budget SET used_minutes = 7, entry_count = 7 WHERE case_number = ?")
                .param(scenario.contractCase).update();
        jdbc.sql("DELETE FROM hour_budget WHERE case_number = ?").param(scenario.spotCase).update();
        try (Connection connection = dataSource.getConnection()) {
            HourTotals.recompute(connection);
        }
        scenario.assertTotalsEqualSums();
    }
}
