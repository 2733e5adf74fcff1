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
 * Holidays (in force since 1948-07-20) as amended over the years, and the special acts that
 * added single days. The days that are holidays only because of the national holidays
 * (振替休日, 国民の休日) are {@link JapaneseHolidays}' business.
 */
final class NationalHolidays {

    static final LocalDate ACT_IN_FORCE = LocalDate.of(1948, 7, 20);

    /** The standard equinox formula is published up to this year. */
    static final int LAST_YEAR = 2150;

    private NationalHolidays() {
    }

    /** The 祝日 of a year in date order; none before the Act was in force. */
    static List<Holiday> of(int year) {
        HolidayList days = new HolidayList(year);
        days.add(1, 1, NEW_YEARS_DAY);
        days.add(year >= 2000 ? nthMonday(year, Month.JANUARY, 2) : LocalDate.of(year, 1, 15), COMING_OF_AGE_DAY);
        if (year >= 1967) {
            days.add(2, 11, NATIONAL_FOUNDATION_DAY);
        }
        if (year >= 2020) {
            days.add(2, 23, EMPERORS_BIRTHDAY);
        }
        days.add(3, vernalEquinoxDay(year), VERNAL_EQUINOX_DAY);
        days.add(4, 29, year <= 1988 ? EMPERORS_BIRTHDAY : year <= 2006 ? GREENERY_DAY : SHOWA_DAY);
        days.add(5, 3, CONSTITUTION_MEMORIAL_DAY);
        if (year >= 2007) {
            days.add(5, 4, GREENERY_DAY);
        }
        days.add(5, 5, CHILDRENS_DAY);
        if (year >= 1996) {
            days.add(marineDay(year), MARINE_DAY);
        }
        if (year >= 2016) {
            days.add(mountainDay(year), MOUNTAIN_DAY);
        }
        if (year >= 1966) {
            days.add(year >= 2003 ? nthMonday(year, Month.SEPTEMBER, 3) : LocalDate.of(year, 9, 15),
                    RESPECT_FOR_THE_AGED_DAY);
        }
        days.add(9, autumnalEquinoxDay(year), AUTUMNAL_EQUINOX_DAY);
        if (year >= 1966) {
            days.add(sportsDay(year), year >= 2020 ? SPORTS_DAY : HEALTH_AND_SPORTS_DAY);
        }
        days.add(11, 3, CULTURE_DAY);
        days.add(11, 23, LABOUR_THANKSGIVING_DAY);
        if (year >= 1989 && year <= 2018) {
            days.add(12, 23, EMPERORS_BIRTHDAY);
        }
        if (year == 2019) {
            // The special act of 2017 made both days national holidays, so article 3 applies to them.
            days.add(5, 1, ENTHRONEMENT_DAY);
            days.add(10, 22, ENTHRONEMENT_CEREMONY_DAY);
        }
        return days.sortedFrom(ACT_IN_FORCE);
    }

    /**
     * The single rest days (休日) of special acts that are no national holidays, so that article 3 does not
     * apply to them (none fell on a Sunday or between two holidays anyway).
     */
    static List<Holiday> restDaysOfSpecialActs(int year) {
        return switch (year) {
            case 1959 -> List.of(new Holiday(LocalDate.of(1959, 4, 10), IMPERIAL_WEDDING));
            case 1989 -> List.of(new Holiday(LocalDate.of(1989, 2, 24), STATE_FUNERAL));
            case 1990 -> List.of(new Holiday(LocalDate.of(1990, 11, 12), ENTHRONEMENT_CEREMONY_DAY));
            case 1993 -> List.of(new Holiday(LocalDate.of(1993, 6, 9), IMPERIAL_WEDDING));
            default -> List.of();
        };
    }

    /** 7/20 from 1996, Happy Monday from 2003. */
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

    /** 体育の日 from 1966 (10/10, Happy Monday from 2000), スポーツの日 from 2020. */
    private static LocalDate sportsDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 24);
            case 2021 -> LocalDate.of(2021, 7, 23);
            default -> year >= 2000 ? nthMonday(year, Month.OCTOBER, 2) : LocalDate.of(year, 10, 10);
        };
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(n, MONDAY));
    }

    // The equinox days are only fixed each February for the next year, by the National Astronomical
    // Observatory's ephemeris. The standard formula, floor(C + 0.242194 (y - 1980) - floor((y - 1980) / 4)),
    // agrees with it; its constant C changes with the range of years. Integer arithmetic (millionths of a
    // day) so that no rounding can shift a day.
    static int vernalEquinoxDay(int year) {
        requireFormula(year);
        return equinoxDay(year <= 1979 ? 20_835_700 : year <= 2099 ? 20_843_100 : 21_851_000, year);
    }

    static int autumnalEquinoxDay(int year) {
        requireFormula(year);
        return equinoxDay(year <= 1979 ? 23_258_800 : year <= 2099 ? 23_248_800 : 24_248_800, year);
    }

    private static int equinoxDay(long constantMicroDays, int year) {
        int sinceYear1980 = year - 1980;
        return (int) Math.floorDiv(constantMicroDays + 242_194L * sinceYear1980, 1_000_000L)
                - Math.floorDiv(sinceYear1980, 4);
    }

    private static void requireFormula(int year) {
        if (year < 1900 || year > LAST_YEAR) {
            throw new IllegalArgumentException("the equinox formula covers 1900 to " + LAST_YEAR + ", not " + year);
        }
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

        List<Holiday> sortedFrom(LocalDate first) {
            return holidays.stream()
                    .filter(holiday -> !holiday.date().isBefore(first))
                    .sorted(Comparator.comparing(Holiday::date))
                    .toList();
        }
    }
}
