package jp.bansou.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.bansou.plan.Plan;

/** A plan in force from a date until the next period starts. */
public record PlanPeriod(Plan plan, LocalDate effectiveFrom, PlanChangeSource source) {

    /**
     * The plan in force on a date among a contract's periods in the order they take effect: the last one in force
     * on it, the first one's before the first (the days a contract was signed for ahead of its start); empty
     * without periods.
     */
    public static Optional<Plan> inForce(List<PlanPeriod> periods, LocalDate date) {
        return periods.stream()
                .filter(period -> !period.effectiveFrom().isAfter(date))
                .reduce((earlier, later) -> later)
                .or(() -> periods.stream().findFirst())
                .map(PlanPeriod::plan);
    }
}
