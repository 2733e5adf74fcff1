package jp.bansou.calendar;

import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Every Japanese holiday (祝日 and 休日): the {@link NationalHolidays} and the days article 3 of the
 * Act on National Holidays makes holidays because of them, from the Act's entry into force in 1948
 * to {@value NationalHolidays#LAST_YEAR}, the last year of the standard equinox formula; before 1948-07-20
 * there are none. Computed rather than taken from a library: the rules are short, and a wrong holiday
 * silently moves every reply due.
 */
final class JapaneseHolidays {

    static final int FIRST_YEAR = NationalHolidays.ACT_IN_FORCE.getYear();
    static final int LAST_YEAR = NationalHolidays.LAST_YEAR;

    /** 振替休日: a national holiday on a Sunday makes the next day a holiday (law 10 of 1973). */
    private static final LocalDate SUBSTITUTE_HOLIDAYS_FROM = LocalDate.of(1973, 4, 12);
    /** 国民の休日: a day between two national holidays is a holiday (law 103 of 1985). */
    private static final LocalDate CITIZENS_HOLIDAYS_FROM = LocalDate.of(1985, 12, 27);
    /** The 2007 amendment reworded both rules of article 3 (substitute and citizens' holidays). */
    private static final int AMENDMENT_2007 = 2007;

    private static final Map<Integer, List<Holiday>> BY_YEAR = IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), JapaneseHolidays::compute));

    private static final Map<LocalDate, Holiday> BY_DATE = BY_YEAR.values().stream().flatMap(List::stream)
            .collect(Collectors.toUnmodifiableMap(Holiday::date, Function.identity()));

    private JapaneseHolidays() {
    }

    /** The dates of every holiday, in order. */
    static SortedSet<LocalDate> dates() {
        return new TreeSet<>(BY_DATE.keySet());
    }

    /** The holidays of a year in date order. */
    static List<Holiday> in(int year) {
        if (year < FIRST_YEAR) {
            return List.of();
        }
        requireFormula(year);
        return BY_YEAR.get(year);
    }

    static Optional<Holiday> on(LocalDate date) {
        requireFormula(date.getYear());
        return Optional.ofNullable(BY_DATE.get(date));
    }

    private static void requireFormula(int year) {
        if (year > LAST_YEAR) {
            throw new IllegalArgumentException("the equinox formula ends in " + LAST_YEAR + ", not " + year);
        }
    }

    private static List<Holiday> compute(int year) {
        List<Holiday> national = NationalHolidays.of(year);
        Set<LocalDate> nationalDates = national.stream().map(Holiday::date).collect(Collectors.toSet());
        Map<LocalDate, Holiday> holidays = new TreeMap<>();
        national.forEach(holiday -> holidays.put(holiday.date(), holiday));

        for (Holiday holiday : national) {
            if (holiday.date().getDayOfWeek() == SUNDAY && !holiday.date().isBefore(SUBSTITUTE_HOLIDAYS_FROM)) {
                LocalDate substitute = substituteFor(holiday.date(), nationalDates);
                holidays.putIfAbsent(substitute, new Holiday(substitute, HolidayName.SUBSTITUTE_HOLIDAY));
            }
        }
        for (Holiday holiday : national) {
            LocalDate sandwiched = holiday.date().plusDays(1);
            if (nationalDates.contains(sandwiched.plusDays(1)) && !holidays.containsKey(sandwiched)
                    && !sandwiched.isBefore(CITIZENS_HOLIDAYS_FROM)
                    && (year >= AMENDMENT_2007 || sandwiched.getDayOfWeek() != SUNDAY)) {
                holidays.put(sandwiched, new Holiday(sandwiched, HolidayName.CITIZENS_HOLIDAY));
            }
        }
        NationalHolidays.restDaysOfSpecialActs(year).forEach(day -> holidays.putIfAbsent(day.date(), day));
        return List.copyOf(holidays.values());
    }

    /** Until 2006 the Monday; since 2007 the first following day that is no national holiday (e.g. 2009-05-06). */
    private static LocalDate substituteFor(LocalDate sunday, Set<LocalDate> nationalDates) {
        LocalDate substitute = sunday.plusDays(1);
        while (sunday.getYear() >= AMENDMENT_2007 && nationalDates.contains(substitute)) {
            substitute = substitute.plusDays(1);
        }
        return substitute;
    }
}
