package jp.bansou.hours;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly close of a month: one snapshot per case under contract that month, never changed; the
 * {@code adjustmentsAfterClose} recorded for the month since, and the {@code priorPeriodAdjustments} booked in
 * the month for months closed before it; the {@code trialReviews} recorded in the month with their three signals.
 */
public record MonthlyReport(YearMonth month, boolean closed, Instant closedAt, List<MonthlyCloseSnapshot> cases,
        Adjustments adjustmentsAfterClose, Adjustments priorPeriodAdjustments, List<TrialReviewSignals> trialReviews) {
}
