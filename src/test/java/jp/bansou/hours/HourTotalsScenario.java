package jp.bansou.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jp.bansou.engagement.EngagementProcess;
import jp.bansou.hours.HourRepository.Sums;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every command that adds to a period's running totals, on a Light contract (a month with entries, reversals,
 * over-cap approvals and declines, closed half-way and then changed by late entries, reversals and decisions,
 * which are prior-period adjustments; and the month after) and on a spot engagement; and the check that each
 * period's totals equal its entries summed, in Java ({@link Tally#of}) and by {@link HourTotals}' SQL. Run on H2
 * ({@link HourTotalsTest}) and on PostgreSQL ({@link HourLedgerPostgresIT}) on a month that no other test closes (and a
 * month closed once per run: the entries before the close must find it open).
 */
final class HourTotalsScenario {

    private final YearMonth closed;
    private final YearMonth open;
    private final HourLedger ledger;
    private final HourRepository hours;
    private final MonthlyClose close;
    private final EngagementFixture fixture;
    private final JdbcClient jdbc;

    String contractCase;
    String spotCase;

    HourTotalsScenario(HourLedger ledger, HourRepository hours, MonthlyClose close, EngagementFixture fixture,
            JdbcClient jdbc, YearMonth closed) {
        this.closed = closed;
        this.open = closed.plusMonths(1);
        this.ledger = ledger;
        this.hours = hours;
        this.close = close;
        this.fixture = fixture;
        this.jdbc = jdbc;
    }

    /** Runs the commands; the figures in the comments are the closed month's used / pending / approved / declined. */
    HourTotalsScenario run() {
        TestClock.setTokyo(closed.atDay(20));
        contractCase = fixture.signedContract(Plan.LIGHT, closed.atDay(1)); // cap 960
        spotCase = acceptedSpot(); // 6 h = 360
        TimeEntry meeting = record(contractCase, closed.atDay(2), 60, true); // 60
        ledger.reverse(contractCase, record(contractCase, closed.atDay(3), 600, false).id(), null, "manager");
        TimeEntry big = record(contractCase, closed.atDay(4), 800, false); // 860
        TimeEntry approved = record(contractCase, closed.atDay(5), 200, false); // 860 / 200
        TimeEntry declined = record(contractCase, closed.atDay(5), 150, false); // 860 / 350
        ledger.decide(approved.id(), OverCapDecision.APPROVE, null, "manager"); // 1060 / 150 / 200
        ledger.decide(declined.id(), OverCapDecision.DECLINE, "上限内で (Within the cap)", "manager"); // 1060 / 0 / 200 / 150
        ledger.reverse(contractCase, approved.id(), null, "manager"); // 860 / 0 / 0 / 150
        TimeEntry leftPending = record(contractCase, closed.atDay(6), 120, false); // 860 / 120
        ledger.reverse(contractCase, meeting.id(), null, "manager"); // 800
        record(contractCase, closed.atDay(7), 45, true); // 845 / 120 / 0 / 150, 1 meeting

        TimeEntry spotBooked = record(spotCase, closed.atDay(20), 300, false);
        ledger.decide(record(spotCase, closed.atDay(20), 120, false).id(), OverCapDecision.APPROVE, null, "manager");
        record(spotCase, closed.atDay(20), 30, false);
        ledger.reverse(spotCase, spotBooked.id(), null, "manager");

        TestClock.setTokyo(LocalDateTime.of(open.getYear(), open.getMonth(), 1, 0, 5));
        close.close(closed);

        TestClock.setTokyo(open.atDay(2));
        record(contractCase, closed.atDay(27), 100, false); // 945
        TimeEntry lateHeld = record(contractCase, closed.atDay(28), 30, false); // 945 / 150
        ledger.decide(lateHeld.id(), OverCapDecision.APPROVE, null, "manager"); // 975 / 120 / 30 / 150
        ledger.decide(leftPending.id(), OverCapDecision.DECLINE, "不要 (Not needed)", "manager"); // 975 / 0 / 30 / 270
        ledger.reverse(contractCase, big.id(), null, "manager"); // 175 / 0 / 30 / 270
        ledger.reverse(contractCase, declined.id(), null, "manager"); // 175 / 0 / 30 / 120
        record(contractCase, open.atDay(1), 90, false);
        record(contractCase, open.atDay(2), 60, true);
        record(spotCase, open.atDay(2), 20, false);
        return this;
    }

    /** Asserts that every period of the scenario has the totals its entries sum to, and what those are. */
    void assertTotalsEqualSums() {
        assertThat(checked(contractCase, closed)).isEqualTo(new Sums(new Tally(175, 0, 30, 120, 1), 14));
        assertThat(checked(contractCase, open)).isEqualTo(new Sums(new Tally(150, 0, 0, 0, 1), 2));
        assertThat(checked(spotCase, open)).isEqualTo(new Sums(new Tally(140, 30, 120, 0, 0), 5));
    }

    /** What the snapshot taken at the close saw: the totals as they stood (used, approved, pending, declined, meetings). */
    List<Integer> snapshotFigures() {
        MonthlyCloseSnapshot snapshot = hours.findSnapshot(contractCase, closed).orElseThrow();
        return List.of(snapshot.usedMinutes(), snapshot.approvedOverCapMinutes(), snapshot.pendingMinutes(),
                snapshot.declinedMinutes(), snapshot.scheduledMeetingsHeld());
    }

    List<AdjustmentKind> adjustmentKinds() {
        return close.report(closed).adjustmentsAfterClose().items().stream()
                .filter(adjustment -> adjustment.caseNumber().equals(contractCase))
                .map(PriorPeriodAdjustment::kind).toList();
    }

    private Sums checked(String caseNumber, YearMonth month) {
        boolean spot = caseNumber.equals(spotCase);
        String period = spot ? HourRepository.SPOT_PERIOD : HourRepository.Budget.monthPeriod(month);
        Sums totals = hours.totals(caseNumber, period);
        List<TimeEntry> entries = ledger.entries(caseNumber, month);
        assertThat(totals).as("totals of %s %s against its entries", caseNumber, period)
                .isEqualTo(new Sums(Tally.of(entries), entries.size()));
        assertThat(totals).as("totals of %s %s against the backfill's sums", caseNumber, period)
                .isEqualTo(jdbc.sql(HourTotals.periodSums(":caseNumber", ":period"))
                        .param("caseNumber", caseNumber).param("period", period)
                        .query(HourRepository::sums).single());
        MonthlyBalance balance = ledger.balance(caseNumber, month);
        assertThat(List.of(balance.usedMinutes(), balance.pendingMinutes(), balance.approvedOverCapMinutes(),
                balance.declinedMinutes(), balance.scheduledMeetingsHeld(), balance.totalEntries()))
                .as("the balance of %s %s", caseNumber, period)
                .containsExactly(totals.tally().usedMinutes(), totals.tally().pendingMinutes(),
                        totals.tally().approvedOverCapMinutes(), totals.tally().declinedMinutes(),
                        totals.tally().scheduledMeetingsHeld(), totals.entries());
        return totals;
    }

    private TimeEntry record(String caseNumber, LocalDate date, int minutes, boolean scheduledMeeting) {
        return ledger.record(new NewTimeEntry(caseNumber, EngagementFixture.CONSULTANT, date, minutes,
                scheduledMeeting ? TimeEntryCategory.MEETING : TimeEntryCategory.PREPARATION, scheduledMeeting,
                "集計の確認 (Totals check)", EngagementFixture.CONSULTANT));
    }

    private String acceptedSpot() {
        String spot = fixture.inquiry();
        Map<String, Object> hearing = EngagementFixture.standardHearing();
        hearing.put("oneOffNeed", true);
        fixture.complete(spot, EngagementProcess.TASK_HEARING, hearing);
        fixture.complete(spot, EngagementProcess.TASK_PROPOSE_PLAN,
                Map.of("plan", "SPOT", "spotHours", 6, "spotBudgetYen", 60000));
        fixture.complete(spot, EngagementProcess.TASK_CLIENT_ANSWER, Map.of("clientAnswer", "ACCEPTED"));
        return spot;
    }
}
