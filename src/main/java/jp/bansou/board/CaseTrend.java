package jp.bansou.board;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A case's figures over time for the board's case charts: hours used against the cap by month (the last 12),
 * this month's burn-down by day, and the self-propulsion trend (planned support weight against hours used, beside
 * the review cycles the client ran).
 */
record CaseTrend(String caseNumber, String organisation, List<MonthHours> months, YearMonth currentMonth,
        int currentCapMinutes, List<BurnDownDay> burnDown) {

    /**
     * {@code plannedSupportHours}: the support weight planned for the month (null when none was recorded);
     * {@code reviewCycles} and {@code reviewCyclesWithoutConsultant}: the client's review cycles held that month.
     */
    public record MonthHours(YearMonth month, int capMinutes, int usedMinutes, Integer plannedSupportHours,
            int reviewCycles, int reviewCyclesWithoutConsultant) {
    }

    /** Minutes used up to and including the day, and what remains of the month's cap. */
    public record BurnDownDay(LocalDate date, int usedMinutes, int remainingMinutes) {
    }
}
