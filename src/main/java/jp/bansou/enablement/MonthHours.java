package jp.bansou.enablement;

import java.time.YearMonth;

/**
 * One month of the support weight as the Self-propelled gate shows it: the hours used against the month's cap
 * (from the hour ledger) and the hours the consultant planned for it, if any.
 */
record MonthHours(YearMonth month, int capMinutes, int usedMinutes, Integer plannedHours) {

    /** One line for a form, e.g. {@code 2027-01: 18.5 h / 24 h（計画 16 h / planned）}. */
    String line() {
        return month + ": " + hours(usedMinutes) + " h / " + hours(capMinutes) + " h"
                + (plannedHours == null ? "" : "（計画 " + plannedHours + " h / planned）");
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.format("%.1f", minutes / 60.0);
    }
}
