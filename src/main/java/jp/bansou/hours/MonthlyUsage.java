package jp.bansou.hours;

import java.time.YearMonth;

/** The minutes used in a month against its cap, for trends (e.g. the enablement stage gate). */
public record MonthlyUsage(YearMonth month, int capMinutes, int usedMinutes) {
}
