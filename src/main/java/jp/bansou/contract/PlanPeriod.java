package jp.bansou.contract;

import java.time.LocalDate;

import jp.bansou.plan.Plan;

/** A plan in force from a date until the next period starts. */
public record PlanPeriod(Plan plan, LocalDate effectiveFrom, PlanChangeSource source) {
}
