package jp.bansou.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jp.bansou.plan.Plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan in force on a date, as the cap, the next meeting, the notices and the managers' board read it. */
class PlanPeriodTest {

    static final List<PlanPeriod> SIGNED_THEN_REVISED_THEN_RENEWED = List.of(
            new PlanPeriod(Plan.STANDARD, LocalDate.of(2026, 12, 1), PlanChangeSource.SIGNED),
            new PlanPeriod(Plan.ADVANCED, LocalDate.of(2027, 2, 1), PlanChangeSource.REVISION),
            new PlanPeriod(Plan.LIGHT, LocalDate.of(2027, 3, 1), PlanChangeSource.RENEWAL));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // signed ahead of its start: the first period's plan
            "2026-11-20, STANDARD",
            "2026-12-01, STANDARD",
            "2027-01-31, STANDARD",
            // from the day a period takes effect
            "2027-02-01, ADVANCED",
            "2027-02-28, ADVANCED",
            "2027-03-01, LIGHT",
            "2028-01-01, LIGHT"})
    void theLastPeriodInForceOnTheDateElseTheFirst(LocalDate date, Plan plan) {
        assertThat(PlanPeriod.inForce(SIGNED_THEN_REVISED_THEN_RENEWED, date)).contains(plan);
    }

    @Test
    void noPeriodsNoPlan() {
        assertThat(PlanPeriod.inForce(List.of(), LocalDate.of(2026, 12, 1))).isEmpty();
    }
}
