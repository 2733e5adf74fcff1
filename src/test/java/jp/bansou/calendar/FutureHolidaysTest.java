package jp.bansou.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static jp.bansou.calendar.HolidayName.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The years after the Cabinet Office's list (2028-2099), which no official list can check yet: properties that
 * must hold for every year under the Act as it stands.
 */
class FutureHolidaysTest {

    private static final Set<HolidayName> NATIONAL_HOLIDAYS = EnumSet.of(NEW_YEARS_DAY, COMING_OF_AGE_DAY,
            NATIONAL_FOUNDATION_DAY, EMPERORS_BIRTHDAY, VERNAL_EQUINOX_DAY, SHOWA_DAY, CONSTITUTION_MEMORIAL_DAY,
            GREENERY_DAY, CHILDRENS_DAY, MARINE_DAY, MOUNTAIN_DAY, RESPECT_FOR_THE_AGED_DAY, AUTUMNAL_EQUINOX_DAY,
            SPORTS_DAY, CULTURE_DAY, LABOUR_THANKSGIVING_DAY);

    static IntStream unlistedYears() {
        return IntStream.rangeClosed(2028, 2099);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unlistedYears")
    void theSixteenNationalHolidaysOnceEach(int year) {
        assertThat(national(year)).extracting(Holiday::name).containsExactlyInAnyOrderElementsOf(NATIONAL_HOLIDAYS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unlistedYears")
    void fixedDaysAndHappyMondays(int year) {
        Map<HolidayName, LocalDate> days = national(year).stream()
                .collect(Collectors.toMap(Holiday::name, Holiday::date));

        assertThat(days).containsEntry(NEW_YEARS_DAY, LocalDate.of(year, 1, 1))
                .containsEntry(NATIONAL_FOUNDATION_DAY, LocalDate.of(year, 2, 11))
                .containsEntry(EMPERORS_BIRTHDAY, LocalDate.of(year, 2, 23))
                .containsEntry(SHOWA_DAY, LocalDate.of(year, 4, 29))
                .containsEntry(CONSTITUTION_MEMORIAL_DAY, LocalDate.of(year, 5, 3))
                .containsEntry(GREENERY_DAY, LocalDate.of(year, 5, 4))
                .containsEntry(CHILDRENS_DAY, LocalDate.of(year, 5, 5))
                .containsEntry(MOUNTAIN_DAY, LocalDate.of(year, 8, 11))
                .containsEntry(CULTURE_DAY, LocalDate.of(year, 11, 3))
                .containsEntry(LABOUR_THANKSGIVING_DAY, LocalDate.of(year, 11, 23));
        assertMonday(days.get(COMING_OF_AGE_DAY), 1, 2);
        assertMonday(days.get(MARINE_DAY), 7, 3);
        assertMonday(days.get(RESPECT_FOR_THE_AGED_DAY), 9, 3);
        assertMonday(days.get(SPORTS_DAY), 10, 2);
        assertThat(days.get(VERNAL_EQUINOX_DAY).getMonthValue()).isEqualTo(3);
        assertThat(days.get(VERNAL_EQUINOX_DAY).getDayOfMonth()).isBetween(19, 21);
        assertThat(days.get(AUTUMNAL_EQUINOX_DAY).getMonthValue()).isEqualTo(9);
        assertThat(days.get(AUTUMNAL_EQUINOX_DAY).getDayOfMonth()).isBetween(22, 23);
    }

    private static void assertMonday(LocalDate day, int month, int nth) {
        assertThat(day.getDayOfWeek()).isEqualTo(MONDAY);
        assertThat(day.getMonthValue()).isEqualTo(month);
        assertThat((day.getDayOfMonth() - 1) / 7 + 1).as("week of " + day).isEqualTo(nth);
    }

    /**
     * Every national holiday on a Sunday has its 振替休日 on the next day that is no national holiday, and every
     * other holiday is the 国民の休日 of a year whose 敬老の日 and 秋分の日 are two days apart.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unlistedYears")
    void noSundayHolidayLeftUnsubstitutedAndNothingElse(int year) {
        List<Holiday> national = national(year);
        Set<LocalDate> nationalDates = national.stream().map(Holiday::date).collect(Collectors.toSet());
        Set<LocalDate> substitutes = new TreeSet<>();
        for (Holiday holiday : national) {
            if (holiday.date().getDayOfWeek() == SUNDAY) {
                LocalDate next = holiday.date().plusDays(1);
                while (nationalDates.contains(next)) {
                    next = next.plusDays(1);
                }
                substitutes.add(next);
            }
        }
        Map<HolidayName, LocalDate> byName = national.stream().collect(Collectors.toMap(Holiday::name, Holiday::date));
        LocalDate afterRespectForTheAged = byName.get(RESPECT_FOR_THE_AGED_DAY).plusDays(1);
        Set<LocalDate> citizens = afterRespectForTheAged.plusDays(1).equals(byName.get(AUTUMNAL_EQUINOX_DAY))
                ? Set.of(afterRespectForTheAged) : Set.of();

        assertThat(dates(year, SUBSTITUTE_HOLIDAY)).containsExactlyElementsOf(substitutes);
        assertThat(dates(year, CITIZENS_HOLIDAY)).containsExactlyElementsOf(citizens);
        assertThat(JapaneseHolidays.in(year)).hasSize(NATIONAL_HOLIDAYS.size() + substitutes.size() + citizens.size());
        assertThat(substitutes).allSatisfy(day -> assertThat(day.getDayOfWeek()).isNotEqualTo(SUNDAY));
    }

    /** 4/29 and 5/3-5/5; 4/30 when 4/29 is a Sunday, 5/6 when one of 5/3-5/5 is. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unlistedYears")
    void goldenWeek(int year) {
        Set<LocalDate> expected = new TreeSet<>(List.of(LocalDate.of(year, 4, 29), LocalDate.of(year, 5, 3),
                LocalDate.of(year, 5, 4), LocalDate.of(year, 5, 5)));
        if (LocalDate.of(year, 4, 29).getDayOfWeek() == SUNDAY) {
            expected.add(LocalDate.of(year, 4, 30));
        }
        if (IntStream.rangeClosed(3, 5).anyMatch(day -> LocalDate.of(year, 5, day).getDayOfWeek() == SUNDAY)) {
            expected.add(LocalDate.of(year, 5, 6));
        }

        assertThat(JapaneseHolidays.in(year))
                .extracting(Holiday::date)
                .filteredOn(date -> !date.isBefore(LocalDate.of(year, 4, 20)) && !date.isAfter(LocalDate.of(year, 5, 15)))
                .containsExactlyElementsOf(expected);
    }

    /** The standard formula's drift: the vernal equinox falls on 19 March in 2092 and 2096. */
    @ParameterizedTest(name = "{0}: March {1}, September {2}")
    @CsvSource({"2031, 21, 23", "2035, 21, 23", "2044, 20, 22", "2055, 21, 23", "2092, 19, 22", "2096, 19, 22",
            "2099, 20, 23", "2100, 20, 23", "2150, 21, 23"})
    void equinoxDays(int year, int vernal, int autumnal) {
        assertThat(NationalHolidays.vernalEquinoxDay(year)).isEqualTo(vernal);
        assertThat(NationalHolidays.autumnalEquinoxDay(year)).isEqualTo(autumnal);
    }

    @Test
    void theCalendarReachesBeyond2099ForDuesThatFallThere() {
        assertThat(JapaneseHolidays.on(LocalDate.of(2100, 1, 1))).map(Holiday::name).hasValue(NEW_YEARS_DAY);
        assertThat(JapaneseHolidays.on(LocalDate.of(2100, 1, 11))).map(Holiday::name).hasValue(COMING_OF_AGE_DAY);
        assertThat(JapaneseHolidays.in(2150)).hasSizeGreaterThanOrEqualTo(NATIONAL_HOLIDAYS.size());
        assertThatThrownBy(() -> JapaneseHolidays.in(2151))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2150");
    }

    private static List<Holiday> national(int year) {
        return JapaneseHolidays.in(year).stream().filter(holiday -> NATIONAL_HOLIDAYS.contains(holiday.name())).toList();
    }

    private static List<LocalDate> dates(int year, HolidayName name) {
        return JapaneseHolidays.in(year).stream().filter(holiday -> holiday.name() == name).map(Holiday::date).toList();
    }
}
