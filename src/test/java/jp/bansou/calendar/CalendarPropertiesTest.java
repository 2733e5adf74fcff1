package jp.bansou.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import jp.bansou.calendar.CalendarProperties.ClosurePeriod;
import jp.bansou.calendar.CalendarProperties.DatedName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

class CalendarPropertiesTest {

    @Test
    void applicationYamlHasTheDefaultsOfTheDomain() {
        CalendarProperties properties = ApplicationYaml.bind("bansou.calendar", CalendarProperties.class);

        assertThat(properties.businessDayStart()).isEqualTo(LocalTime.of(9, 0));
        assertThat(properties.businessDayEnd()).isEqualTo(LocalTime.of(18, 0));
        assertThat(properties.reminderBefore()).isEqualTo(Duration.ofHours(4));
        assertThat(properties.closures()).containsExactly(new ClosurePeriod(MonthDay.of(12, 29), MonthDay.of(1, 3),
                "年末年始休業 (Year-end and New Year closure)"));
        assertThat(properties.extraHolidays()).isEmpty();
        assertThat(properties.extraClosures()).isEmpty();
    }

    @Test
    void bindsMonthDaysAndDatesAsWritten() {
        CalendarProperties properties = bind(Map.of(
                "bansou.calendar.business-day-start", "10:00",
                "bansou.calendar.business-day-end", "17:30",
                "bansou.calendar.reminder-before", "2h",
                "bansou.calendar.closures[0].from", "08-13",
                "bansou.calendar.closures[0].to", "08-16",
                "bansou.calendar.closures[0].name", "夏季休業 (Summer closure)",
                "bansou.calendar.extra-holidays[0].date", "2027-05-06",
                "bansou.calendar.extra-holidays[0].name", "Foundation day",
                "bansou.calendar.extra-closures[0].date", "2027-10-01",
                "bansou.calendar.extra-closures[0].name", "Office move"));

        assertThat(properties.businessDayStart()).isEqualTo(LocalTime.of(10, 0));
        assertThat(properties.businessDayEnd()).isEqualTo(LocalTime.of(17, 30));
        assertThat(properties.reminderBefore()).isEqualTo(Duration.ofHours(2));
        assertThat(properties.closures())
                .containsExactly(new ClosurePeriod(MonthDay.of(8, 13), MonthDay.of(8, 16), "夏季休業 (Summer closure)"));
        assertThat(properties.extraHolidays()).containsExactly(new DatedName(LocalDate.of(2027, 5, 6), "Foundation day"));
        assertThat(properties.extraClosures()).containsExactly(new DatedName(LocalDate.of(2027, 10, 1), "Office move"));
    }

    @Test
    void refusesBusinessHoursThatEndBeforeTheyStart() {
        assertThatThrownBy(() -> bind(Map.of(
                "bansou.calendar.business-day-start", "18:00",
                "bansou.calendar.business-day-end", "09:00",
                "bansou.calendar.reminder-before", "PT4H")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("business-day-start must be before business-day-end");
    }

    @Test
    void refusesANegativeReminderLeadTime() {
        assertThatThrownBy(() -> new CalendarProperties(LocalTime.of(9, 0), LocalTime.of(18, 0), Duration.ofHours(-1),
                List.of(), List.of(), List.of()))
                .hasMessageContaining("reminder-before must not be negative");
    }

    @ParameterizedTest(name = "{0} to {1} contains {2}: {3}")
    @CsvSource({
            "12-29, 01-03, 2026-12-28, false",
            "12-29, 01-03, 2026-12-29, true",
            "12-29, 01-03, 2026-12-31, true",
            "12-29, 01-03, 2027-01-01, true",
            "12-29, 01-03, 2027-01-03, true",
            "12-29, 01-03, 2027-01-04, false",
            "08-13, 08-16, 2027-08-12, false",
            "08-13, 08-16, 2027-08-13, true",
            "08-13, 08-16, 2027-08-16, true",
            "08-13, 08-16, 2027-08-17, false"})
    void closurePeriodsMayWrapAroundTheYearEnd(String from, String to, LocalDate date, boolean contained) {
        ClosurePeriod period = new ClosurePeriod(MonthDay.parse("--" + from), MonthDay.parse("--" + to), "closed");

        assertThat(period.contains(date)).isEqualTo(contained);
    }

    private static CalendarProperties bind(Map<String, String> properties) {
        return new Binder(List.of(new MapConfigurationPropertySource(properties)), null,
                ApplicationConversionService.getSharedInstance())
                .bindOrCreate("bansou.calendar", CalendarProperties.class);
    }
}
