package jp.bansou.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static jp.bansou.calendar.HolidayName.*;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The 国民の祝日 (national holidays proper) of one year: article 2 of the Act on National
 * Holidays as amended over the years, and the special acts of 2019 (enthronement) and of
 * 2020/2021 (Olympic moves). The days that are holidays only because of them
 * (振替休日, 国民の休日) are {@link JapaneseHolidays}' business.
 */
final class NationalHolidays {

    private NationalHolidays() {
    }

    static List<Holiday> of(int year) {
        HolidayList days = new HolidayList(year);
        days.add(1, 1, NEW_YEARS_DAY);
        days.add(nthMonday(year, Month.JANUARY, 2), COMING_OF_AGE_DAY);
        days.add(2, 11, NATIONAL_FOUNDATION_DAY);
        if (year >= 2020) {
            days.add(2, 23, EMPERORS_BIRTHDAY);
        }
        days.add(3, vernalEquinoxDay(year), VERNAL_EQUINOX_DAY);
        days.add(4, 29, year >= 2007 ? SHOWA_DAY : GREENERY_DAY);
        days.add(5, 3, CONSTITUTION_MEMORIAL_DAY);
        if (year >= 2007) {
            days.add(5, 4, GREENERY_DAY);
        }
        days.add(5, 5, CHILDRENS_DAY);
        days.add(marineDay(year), MARINE_DAY);
        if (year >= 2016) {
            days.add(mountainDay(year), MOUNTAIN_DAY);
        }
        days.add(year >= 2003 ? nthMonday(year, Month.SEPTEMBER, 3) : LocalDate.of(year, 9, 15),
                RESPECT_FOR_THE_AGED_DAY);
        days.add(9, autumnalEquinoxDay(year), AUTUMNAL_EQUINOX_DAY);
        days.add(sportsDay(year), year >= 2020 ? SPORTS_DAY : HEALTH_AND_SPORTS_DAY);
        days.add(11, 3, CULTURE_DAY);
        days.add(11, 23, LABOUR_THANKSGIVING_DAY);
        if (year <= 2018) {
            days.add(12, 23, EMPERORS_BIRTHDAY);
        }
        if (year == 2019) {
            days.add(5, 1, ENTHRONEMENT_DAY);
            days.add(10, 22, ENTHRONEMENT_CEREMONY_DAY);
        }
        return days.sorted();
    }

    private static LocalDate marineDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 23);
            case 2021 -> LocalDate.of(2021, 7, 22);
            default -> year >= 2003 ? nthMonday(year, Month.JULY, 3) : LocalDate.of(year, 7, 20);
        };
    }

    private static LocalDate mountainDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 8, 10);
            case 2021 -> LocalDate.of(2021, 8, 8);
            default -> LocalDate.of(year, 8, 11);
        };
    }

    /** 体育の日 until 2019, スポーツの日 from 2020. */
    private static LocalDate sportsDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 24);
            case 2021 -> LocalDate.of(2021, 7, 23);
            default -> nthMonday(year, Month.OCTOBER, 2);
        };
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(n, MONDAY));
    }

    // The equinox days are only fixed each February for the next year by the National
    // Astronomical Observatory; this approximation agrees with them for 1980-2099.
    // Integer arithmetic (millionths of a day) so that no rounding can shift a day.
    static int vernalEquinoxDay(int year) {
        return equinoxDay(20_843_100, year);
    }

    static int autumnalEquinoxDay(int year) {
        return equinoxDay(23_248_800, year);
    }

    private static int equinoxDay(long baseMicroDays, int year) {
        int sinceYear1980 = year - 1980;
        return (int) ((baseMicroDays + 242_194L * sinceYear1980) / 1_000_000L) - Math.floorDiv(sinceYear1980, 4);
    }

    private static final class HolidayList {

        private final int year;
        private final List<Holiday> holidays = new ArrayList<>();

        HolidayList(int year) {
            this.year = year;
        }

        void add(int month, int day, HolidayName name) {
            add(LocalDate.of(year, month, day), name);
        }

        void add(LocalDate date, HolidayName name) {
            holidays.add(new Holiday(date, name));
        }

        List<Holiday> sorted() {
            return holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList();
        }
    }
}
