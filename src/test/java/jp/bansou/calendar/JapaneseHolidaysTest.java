package jp.bansou.calendar;

import static java.time.LocalDate.parse;
import static jp.bansou.calendar.HolidayName.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JapaneseHolidaysTest {

    /** The Cabinet Office's syukujitsu.csv, byte for byte; see src/test/resources/calendar/README.md. */
    private static final List<ListedHoliday> OFFICIAL_LIST = load("/calendar/syukujitsu.csv");
    private static final int FIRST_LISTED_YEAR = 1955;
    private static final int LAST_LISTED_YEAR = 2027;

    record ListedHoliday(LocalDate date, String name) {
    }

    static IntStream listedYears() {
        return IntStream.rangeClosed(FIRST_LISTED_YEAR, LAST_LISTED_YEAR);
    }

    @Test
    void theOfficialListIsTheOneOf1955To2027() {
        assertThat(OFFICIAL_LIST).hasSize(1067);
        assertThat(OFFICIAL_LIST.get(0)).isEqualTo(new ListedHoliday(parse("1955-01-01"), "元日"));
        assertThat(OFFICIAL_LIST.get(OFFICIAL_LIST.size() - 1))
                .isEqualTo(new ListedHoliday(parse("2027-11-23"), "勤労感謝の日"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listedYears")
    void yieldsExactlyTheOfficialHolidaysOfEveryListedYear(int year) {
        List<ListedHoliday> official = OFFICIAL_LIST.stream()
                .filter(listed -> listed.date().getYear() == year)
                .toList();

        assertThat(JapaneseHolidays.in(year))
                .extracting(holiday -> new ListedHoliday(holiday.date(), listedName(holiday)))
                .containsExactlyElementsOf(official);
    }

    /**
     * How the list writes our names: every article 3 day as 休日, the 2019 days deemed national holidays as
     * 休日（祝日扱い）, and 2019's 体育の日 with the name it took from 2020.
     */
    private static String listedName(Holiday holiday) {
        return switch (holiday.name()) {
            case SUBSTITUTE_HOLIDAY, CITIZENS_HOLIDAY -> "休日";
            case ENTHRONEMENT_DAY -> "休日（祝日扱い）";
            case ENTHRONEMENT_CEREMONY_DAY -> holiday.date().getYear() == 2019 ? "休日（祝日扱い）" : "即位礼正殿の儀";
            case HEALTH_AND_SPORTS_DAY -> holiday.date().getYear() == 2019 ? "体育の日（スポーツの日）" : "体育の日";
            default -> holiday.name().japanese();
        };
    }

    @Test
    void noHolidaysBeforeTheActCameIntoForceOn20July1948() {
        assertThat(JapaneseHolidays.in(1947)).isEmpty();
        assertThat(JapaneseHolidays.on(parse("1948-01-01"))).isEmpty();
        assertThat(JapaneseHolidays.on(parse("1948-05-05"))).isEmpty();
        assertThat(JapaneseHolidays.in(1948)).extracting(Holiday::date, Holiday::name).containsExactly(
                tuple(parse("1948-09-23"), AUTUMNAL_EQUINOX_DAY),
                tuple(parse("1948-11-03"), CULTURE_DAY),
                tuple(parse("1948-11-23"), LABOUR_THANKSGIVING_DAY));
    }

    @ParameterizedTest(name = "{0}: March {1}, September {2}")
    @CsvSource({"1949, 21, 23", "1950, 21, 23", "1951, 21, 24", "1952, 21, 23", "1953, 21, 23", "1954, 21, 23"})
    void theYearsBeforeTheListHaveTheNineHolidaysOf1948(int year, int vernal, int autumnal) {
        assertThat(JapaneseHolidays.in(year)).extracting(Holiday::date, Holiday::name).containsExactly(
                tuple(LocalDate.of(year, 1, 1), NEW_YEARS_DAY),
                tuple(LocalDate.of(year, 1, 15), COMING_OF_AGE_DAY),
                tuple(LocalDate.of(year, 3, vernal), VERNAL_EQUINOX_DAY),
                tuple(LocalDate.of(year, 4, 29), EMPERORS_BIRTHDAY),
                tuple(LocalDate.of(year, 5, 3), CONSTITUTION_MEMORIAL_DAY),
                tuple(LocalDate.of(year, 5, 5), CHILDRENS_DAY),
                tuple(LocalDate.of(year, 9, autumnal), AUTUMNAL_EQUINOX_DAY),
                tuple(LocalDate.of(year, 11, 3), CULTURE_DAY),
                tuple(LocalDate.of(year, 11, 23), LABOUR_THANKSGIVING_DAY));
    }

    @Test
    void oneOffRestDaysOfTheImperialHouse() {
        assertThat(JapaneseHolidays.on(parse("1959-04-10"))).map(Holiday::name).hasValue(IMPERIAL_WEDDING);
        assertThat(JapaneseHolidays.on(parse("1989-02-24"))).map(Holiday::name).hasValue(STATE_FUNERAL);
        assertThat(JapaneseHolidays.on(parse("1990-11-12"))).map(Holiday::name).hasValue(ENTHRONEMENT_CEREMONY_DAY);
        assertThat(JapaneseHolidays.on(parse("1993-06-09"))).map(Holiday::name).hasValue(IMPERIAL_WEDDING);
    }

    @Test
    void substituteHolidaysFrom12April1973AndCitizensHolidaysFrom27December1985() {
        assertThat(JapaneseHolidays.on(parse("1973-02-11"))).map(Holiday::name).hasValue(NATIONAL_FOUNDATION_DAY);
        assertThat(JapaneseHolidays.on(parse("1973-02-12"))).isEmpty();
        assertThat(JapaneseHolidays.on(parse("1973-04-30"))).map(Holiday::name).hasValue(SUBSTITUTE_HOLIDAY);
        assertThat(JapaneseHolidays.on(parse("1985-05-04"))).isEmpty();
        assertThat(JapaneseHolidays.on(parse("1988-05-04"))).map(Holiday::name).hasValue(CITIZENS_HOLIDAY);
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

    /** Shift_JIS with CRLF, a header line, dates as 1955/1/1. */
    private static List<ListedHoliday> load(String resource) {
        DateTimeFormatter listed = DateTimeFormatter.ofPattern("uuuu/M/d");
        try (var reader = new BufferedReader(new InputStreamReader(
                JapaneseHolidaysTest.class.getResourceAsStream(resource), Charset.forName("windows-31j")))) {
            return reader.lines()
                    .skip(1)
                    .map(line -> line.split(",", 2))
                    .map(fields -> new ListedHoliday(LocalDate.parse(fields[0], listed), fields[1]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
