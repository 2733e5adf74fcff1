package jp.bansou.enablement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The days of a month's scheduled meetings: {@code n} business days spread evenly over the month, each in the
 * middle of its share of the month's business days. With 20 business days, 4 meetings fall on the 3rd, 8th, 13th
 * and 18th business day (about weekly, never on the first day back) and 2 on the 6th and 16th (fortnightly).
 */
final class MeetingCadence {

    private MeetingCadence() {
    }

    static List<LocalDate> meetingDays(YearMonth month, int meetings, Predicate<LocalDate> isBusinessDay) {
        List<LocalDate> businessDays = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (isBusinessDay.test(day)) {
                businessDays.add(day);
            }
        }
        int count = Math.min(meetings, businessDays.size());
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(businessDays.get((2 * i + 1) * businessDays.size() / (2 * count)));
        }
        return List.copyOf(days);
    }
}
