package jp.bansou.calendar;

/**
 * A date outside the years whose holidays are known. Holidays are set by law and change
 * (2019 and 2020/21 moved several), so the calendar refuses rather than guess.
 */
public class UnsupportedYearException extends RuntimeException {

    private final int year;

    UnsupportedYearException(int year) {
        super("the business calendar covers " + JapaneseHolidays.FIRST_YEAR + " to " + JapaneseHolidays.LAST_YEAR
                + ", not " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
