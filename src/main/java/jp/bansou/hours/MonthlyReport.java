package jp.bansou.hours;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** The monthly close of a month: one snapshot per case under contract that month. */
public record MonthlyReport(YearMonth month, boolean closed, Instant closedAt, List<MonthlyCloseSnapshot> cases) {
}
