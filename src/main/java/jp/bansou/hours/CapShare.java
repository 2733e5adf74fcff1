package jp.bansou.hours;

import java.time.LocalDate;

import jp.bansou.plan.Plan;

/** The part of a month's cap that one plan contributes: its days in force from {@code from} to {@code to}. */
public record CapShare(Plan plan, LocalDate from, LocalDate to, int days, int capMinutes) {
}
