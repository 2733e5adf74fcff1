package jp.bansou.calendar;

import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Every Japanese holiday (祝日 and 休日) of the supported years: the {@link NationalHolidays}
 * and the days article 3 of the Act on National Holidays makes holidays because of them.
 * Computed rather than taken from a library: the rules are short, and a wrong holiday
 * silently moves every reply due.
 */
final class JapaneseHolidays {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2030;

    /** The 2007 amendment reworded both rules of article 3 (substitute and citizens' holidays). */
    private static final int AMENDMENT_2007 = 2007;

    private static final Map<Integer, List<Holiday>> BY_YEAR = IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), JapaneseHolidays::compute));

    private static final Map<LocalDate, Holiday> BY_DATE = BY_YEAR.values().stream().flatMap(List::stream)
            .collect(Collectors.toUnmodifiableMap(Holiday::date, Function.identity()));

    private JapaneseHolidays() {
    }

    static boolean supports(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The holidays of a year in date order. */
    static List<Holiday> in(int year) {
        requireSupported(year);
        return BY_YEAR.get(year);
    }

    static Optional<Holiday> on(LocalDate date) {
        requireSupported(date.getYear());
        return Optional.ofNullable(BY_DATE.get(date));
    }

    private static void requireSupported(int year) {
        if (!supports(year)) {
            throw new UnsupportedYearException(year);
        }
    }

    private static List<Holiday> compute(int year) {
        List<Holiday> national = NationalHolidays.of(year);
        Set<LocalDate> nationalDates = national.stream().map(Holiday::date).collect(Collectors.toSet());
        Map<LocalDate, Holiday> holidays = new TreeMap<>();
        national.forEach(holiday -> holidays.put(holiday.date(), holiday));

        for (Holiday holiday : national) {
            if (holiday.date().getDayOfWeek() == SUNDAY) {
                LocalDate substitute = substituteFor(holiday.date(), nationalDates);
                holidays.putIfAbsent(substitute, new Holiday(substitute, HolidayName.SUBSTITUTE_HOLIDAY));
            }
        }
        for (Holiday holiday : national) {
            LocalDate sandwiched = holiday.date().plusDays(1);
            if (nationalDates.contains(sandwiched.plusDays(1)) && !holidays.containsKey(sandwiched)
                    && (year >= AMENDMENT_2007 || sandwiched.getDayOfWeek() != SUNDAY)) {
                holidays.put(sandwiched, new Holiday(sandwiched, HolidayName.CITIZENS_HOLIDAY));
            }
        }
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
