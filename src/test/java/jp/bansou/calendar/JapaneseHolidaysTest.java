package jp.bansou.calendar;

import static java.time.LocalDate.parse;
import static jp.bansou.calendar.HolidayName.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JapaneseHolidaysTest {

    /** The Cabinet Office list via npm @holiday-jp/holiday_jp 2.5.1; see src/test/resources/calendar/README.md. */
    private static final List<ListedHoliday> OFFICIAL_LIST = load("/calendar/japanese-holidays-2000-2030.csv");

    record ListedHoliday(LocalDate date, String name) {
    }

    static IntStream supportedYears() {
        return IntStream.rangeClosed(JapaneseHolidays.FIRST_YEAR, JapaneseHolidays.LAST_YEAR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supportedYears")
    void yieldsExactlyTheOfficialHolidaysOfEveryYear(int year) {
        List<LocalDate> official = OFFICIAL_LIST.stream()
                .map(ListedHoliday::date)
                .filter(date -> date.getYear() == year)
                .toList();

        assertThat(JapaneseHolidays.in(year)).extracting(Holiday::date).containsExactlyElementsOf(official);
    }

    @Test
    void namesTheHolidaysAsTheOfficialList() {
        for (ListedHoliday listed : OFFICIAL_LIST) {
            assertThat(JapaneseHolidays.on(listed.date()))
                    .as(listed.toString())
                    .hasValueSatisfying(holiday -> assertThat(holiday.name().japanese()).isEqualTo(ourName(listed)));
        }
    }

    /** The list writes article 3 holidays and the 2019 one-offs differently from the acts. */
    private static String ourName(ListedHoliday listed) {
        if (listed.name().endsWith(" 振替休日")) {
            return SUBSTITUTE_HOLIDAY.japanese();
        }
        return switch (listed.name()) {
            case "休日" -> CITIZENS_HOLIDAY.japanese();
            case "休日（祝日扱い）" -> listed.date().getMonthValue() == 5
                    ? ENTHRONEMENT_DAY.japanese() : ENTHRONEMENT_CEREMONY_DAY.japanese();
            case "体育の日（スポーツの日）" -> HEALTH_AND_SPORTS_DAY.japanese();
            default -> listed.name();
        };
    }

    @Test
    void goldenWeek2019WithTheEnthronement() {
        assertThat(JapaneseHolidays.in(2019))
                .filteredOn(holiday -> holiday.date().getMonthValue() == 4 || holiday.date().getMonthValue() == 5)
                .extracting(Holiday::date, Holiday::name)
                .containsExactly(
                        tuple(parse("2019-04-29"), SHOWA_DAY),
                        tuple(parse("2019-04-30"), CITIZENS_HOLIDAY),
                        tuple(parse("2019-05-01"), ENTHRONEMENT_DAY),
                        tuple(parse("2019-05-02"), CITIZENS_HOLIDAY),
                        tuple(parse("2019-05-03"), CONSTITUTION_MEMORIAL_DAY),
                        tuple(parse("2019-05-04"), GREENERY_DAY),
                        tuple(parse("2019-05-05"), CHILDRENS_DAY),
                        tuple(parse("2019-05-06"), SUBSTITUTE_HOLIDAY));
    }

    @Test
    void enthronementCeremonyAndNoEmperorsBirthdayIn2019() {
        assertThat(JapaneseHolidays.on(parse("2019-10-22"))).map(Holiday::name).hasValue(ENTHRONEMENT_CEREMONY_DAY);
        assertThat(JapaneseHolidays.in(2019)).extracting(Holiday::name).doesNotContain(EMPERORS_BIRTHDAY);
        assertThat(JapaneseHolidays.on(parse("2018-12-23"))).map(Holiday::name).hasValue(EMPERORS_BIRTHDAY);
        assertThat(JapaneseHolidays.on(parse("2019-12-23"))).isEmpty();
        assertThat(JapaneseHolidays.on(parse("2020-02-23"))).map(Holiday::name).hasValue(EMPERORS_BIRTHDAY);
        assertThat(JapaneseHolidays.on(parse("2020-02-24"))).map(Holiday::name).hasValue(SUBSTITUTE_HOLIDAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2009, 2009-09-19, 2009-09-23",
            "2015, 2015-09-19, 2015-09-23",
            "2026, 2026-09-19, 2026-09-23"})
    void silverWeekHasACitizensHolidayBetweenRespectForTheAgedAndTheEquinox(int year, LocalDate saturday,
            LocalDate equinox) {
        assertThat(saturday.getDayOfWeek()).hasToString("SATURDAY");
        assertThat(JapaneseHolidays.in(year))
                .filteredOn(holiday -> holiday.date().getMonthValue() == 9)
                .extracting(Holiday::date, Holiday::name)
                .containsExactly(
                        tuple(saturday.plusDays(2), RESPECT_FOR_THE_AGED_DAY),
                        tuple(saturday.plusDays(3), CITIZENS_HOLIDAY),
                        tuple(equinox, AUTUMNAL_EQUINOX_DAY));
    }

    @ParameterizedTest(name = "{0} for a Sunday holiday")
    @CsvSource({
            "2023-01-02, 2023-01-01",
            "2019-05-06, 2019-05-05",
            "2020-05-06, 2020-05-03", // 5/4 and 5/5 are holidays themselves: the next day that is none
            "2009-05-06, 2009-05-03",
            "2021-08-09, 2021-08-08", // 山の日 moved onto a Sunday for the Olympics
            "2006-01-02, 2006-01-01", // before the 2007 amendment too
            "2030-05-06, 2030-05-05"})
    void substituteHolidays(LocalDate substitute, LocalDate sunday) {
        assertThat(sunday.getDayOfWeek()).hasToString("SUNDAY");
        assertThat(JapaneseHolidays.on(sunday)).isPresent();
        assertThat(JapaneseHolidays.on(substitute)).map(Holiday::name).hasValue(SUBSTITUTE_HOLIDAY);
    }

    @Test
    void before2007May4WasACitizensHolidayUnlessASunday() {
        assertThat(JapaneseHolidays.on(parse("2006-05-04"))).map(Holiday::name).hasValue(CITIZENS_HOLIDAY);
        assertThat(JapaneseHolidays.on(parse("2003-05-04"))).isEmpty();
        assertThat(JapaneseHolidays.on(parse("2006-04-29"))).map(Holiday::name).hasValue(GREENERY_DAY);
        assertThat(JapaneseHolidays.on(parse("2007-04-29"))).map(Holiday::name).hasValue(SHOWA_DAY);
        assertThat(JapaneseHolidays.on(parse("2007-05-04"))).map(Holiday::name).hasValue(GREENERY_DAY);
    }

    @Test
    void olympicMovesOf2020And2021() {
        assertThat(JapaneseHolidays.in(2020)).extracting(Holiday::date, Holiday::name).contains(
                tuple(parse("2020-07-23"), MARINE_DAY),
                tuple(parse("2020-07-24"), SPORTS_DAY),
                tuple(parse("2020-08-10"), MOUNTAIN_DAY));
        assertThat(JapaneseHolidays.in(2021)).extracting(Holiday::date, Holiday::name).contains(
                tuple(parse("2021-07-22"), MARINE_DAY),
                tuple(parse("2021-07-23"), SPORTS_DAY),
                tuple(parse("2021-08-08"), MOUNTAIN_DAY));
        assertThat(JapaneseHolidays.on(parse("2020-10-12"))).isEmpty();
        assertThat(JapaneseHolidays.on(parse("2021-08-11"))).isEmpty();
    }

    @Test
    void happyMondaysAndTheirRenames() {
        assertThat(JapaneseHolidays.on(parse("2002-07-20"))).map(Holiday::name).hasValue(MARINE_DAY);
        assertThat(JapaneseHolidays.on(parse("2003-07-21"))).map(Holiday::name).hasValue(MARINE_DAY);
        assertThat(JapaneseHolidays.on(parse("2002-09-16"))).map(Holiday::name).hasValue(SUBSTITUTE_HOLIDAY);
        assertThat(JapaneseHolidays.on(parse("2003-09-15"))).map(Holiday::name).hasValue(RESPECT_FOR_THE_AGED_DAY);
        assertThat(JapaneseHolidays.on(parse("2019-10-14"))).map(Holiday::name).hasValue(HEALTH_AND_SPORTS_DAY);
        assertThat(JapaneseHolidays.on(parse("2022-10-10"))).map(Holiday::name).hasValue(SPORTS_DAY);
        assertThat(JapaneseHolidays.on(parse("2015-08-11"))).isEmpty();
        assertThat(JapaneseHolidays.on(parse("2016-08-11"))).map(Holiday::name).hasValue(MOUNTAIN_DAY);
    }

    @ParameterizedTest(name = "{0}: March {1}, September {2}")
    @CsvSource({"2000, 20, 23", "2012, 20, 22", "2016, 20, 22", "2023, 21, 23", "2025, 20, 23", "2030, 20, 23"})
    void equinoxDays(int year, int vernal, int autumnal) {
        assertThat(NationalHolidays.vernalEquinoxDay(year)).isEqualTo(vernal);
        assertThat(NationalHolidays.autumnalEquinoxDay(year)).isEqualTo(autumnal);
    }

    @Test
    void namesCarryAnEnglishGloss() {
        assertThat(JapaneseHolidays.on(parse("2026-01-01"))).map(holiday -> holiday.name().label())
                .hasValue("元日 (New Year's Day)");
    }

    @ParameterizedTest
    @CsvSource({"1999-12-31", "2031-01-01"})
    void refusesYearsOutsideTheSupportedOnes(LocalDate date) {
        assertThatThrownBy(() -> JapaneseHolidays.on(date))
                .isInstanceOf(UnsupportedYearException.class)
                .hasMessageContaining("2000 to 2030");
        assertThatThrownBy(() -> JapaneseHolidays.in(date.getYear())).isInstanceOf(UnsupportedYearException.class);
    }

    private static List<ListedHoliday> load(String resource) {
        try (var reader = new BufferedReader(new InputStreamReader(
                JapaneseHolidaysTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .map(line -> line.split(",", 2))
                    .map(fields -> new ListedHoliday(LocalDate.parse(fields[0]), fields[1]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
