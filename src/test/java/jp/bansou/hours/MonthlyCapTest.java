package jp.bansou.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jp.bansou.plan.Plan;
import jp.bansou.plan.PlanCatalog;
import jp.bansou.plan.PlanCatalog.PlanTerms;

import org.junit.jupiter.api.Test;

/** The month's cap and scheduled meetings follow the plan in force on each day. */
class MonthlyCapTest {

    static final PlanCatalog CATALOG = new PlanCatalog(Map.of(
            Plan.LIGHT, new PlanTerms(16, 2, 2),
            Plan.STANDARD, new PlanTerms(24, 4, 1),
            Plan.ADVANCED, new PlanTerms(32, 4, 1),
            Plan.SPOT, new PlanTerms(0, 0, 2)));
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    static Function<LocalDate, Optional<Plan>> from(LocalDate start, Plan before, LocalDate change, Plan after) {
        return date -> date.isBefore(start) ? Optional.empty()
                : Optional.of(change != null && !date.isBefore(change) ? after : before);
    }

    @Test
    void aWholeMonthOnOnePlanGetsExactlyItsFigures() {
        MonthlyCap cap = MonthlyCap.of(DECEMBER, from(DECEMBER.atDay(1), Plan.STANDARD, null, null), CATALOG);

        assertThat(cap.capMinutes()).isEqualTo(24 * 60);
        assertThat(cap.scheduledMeetingsPlanned()).isEqualTo(4);
        assertThat(cap.shares()).containsExactly(
                new CapShare(Plan.STANDARD, DECEMBER.atDay(1), DECEMBER.atDay(31), 31, 1440));
    }

    @Test
    void aPlanChangeMidMonthProratesTheCapByDays() {
        MonthlyCap cap = MonthlyCap.of(DECEMBER,
                from(DECEMBER.atDay(1), Plan.STANDARD, DECEMBER.atDay(16), Plan.ADVANCED), CATALOG);

        // (24 h × 15 days + 32 h × 16 days) / 31 days = 52,320 / 31 minutes
        assertThat(cap.capMinutes()).isEqualTo(1688);
        assertThat(cap.scheduledMeetingsPlanned()).isEqualTo(4);
        assertThat(cap.shares()).containsExactly(
                new CapShare(Plan.STANDARD, DECEMBER.atDay(1), DECEMBER.atDay(15), 15, 697),
                new CapShare(Plan.ADVANCED, DECEMBER.atDay(16), DECEMBER.atDay(31), 16, 991));
    }

    @Test
    void daysWithoutAContractAddNothing() {
        MonthlyCap cap = MonthlyCap.of(YearMonth.of(2026, 11),
                from(LocalDate.of(2026, 11, 23), Plan.STANDARD, null, null), CATALOG);

        assertThat(cap.capMinutes()).isEqualTo(384); // 1,440 × 8 / 30
        assertThat(cap.scheduledMeetingsPlanned()).isEqualTo(1); // 4 × 8 / 30 = 1.07
        assertThat(cap.shares()).singleElement().satisfies(share -> {
            assertThat(share.from()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(share.to()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(share.days()).isEqualTo(8);
        });
    }

    @Test
    void aContractEndingMidMonthKeepsOnlyItsDays() {
        Function<LocalDate, Optional<Plan>> untilThe10th = date ->
                date.isAfter(LocalDate.of(2027, 2, 10)) ? Optional.empty() : Optional.of(Plan.LIGHT);

        MonthlyCap cap = MonthlyCap.of(YearMonth.of(2027, 2), untilThe10th, CATALOG);

        assertThat(cap.capMinutes()).isEqualTo(343); // 960 × 10 / 28 = 342.86
        assertThat(cap.scheduledMeetingsPlanned()).isEqualTo(1); // 2 × 10 / 28 = 0.71
        assertThat(cap.shares()).extracting(CapShare::days).containsExactly(10);
    }

    @Test
    void aMonthWithoutContractHasNoCap() {
        MonthlyCap cap = MonthlyCap.of(DECEMBER, date -> Optional.empty(), CATALOG);

        assertThat(cap.capMinutes()).isZero();
        assertThat(cap.scheduledMeetingsPlanned()).isZero();
        assertThat(cap.shares()).isEmpty();
    }

    @Test
    void aLeapFebruaryDividesBy29() {
        MonthlyCap cap = MonthlyCap.of(YearMonth.of(2028, 2),
                from(LocalDate.of(2028, 2, 15), Plan.ADVANCED, null, null), CATALOG);

        assertThat(cap.capMinutes()).isEqualTo(993); // 1,920 × 15 / 29 = 993.1
    }
}
