package jp.bansou.enablement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class MeetingCadenceTest {

    /** Weekdays outside the year-end closure: December 2026 has 20 such days, Dec 1 to Dec 28. */
    static final Predicate<LocalDate> WEEKDAYS = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY && MonthDay.from(day).isBefore(MonthDay.of(12, 29));

    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Test
    void fourMeetingsFallAboutWeeklyInTheMiddleOfEachShare() {
        assertThat(MeetingCadence.meetingDays(DECEMBER, 4, WEEKDAYS)).containsExactly(
                LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 17),
                LocalDate.of(2026, 12, 24));
    }

    @Test
    void twoMeetingsFallFortnightly() {
        assertThat(MeetingCadence.meetingDays(DECEMBER, 2, WEEKDAYS)).containsExactly(
                LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 22));
    }

    @Test
    void noMeetingsForAPlanWithoutThemAndNeverMoreThanTheBusinessDays() {
        assertThat(MeetingCadence.meetingDays(DECEMBER, 0, WEEKDAYS)).isEmpty();
        assertThat(MeetingCadence.meetingDays(DECEMBER, 4, day -> day.getDayOfMonth() <= 2))
                .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
    }
}
