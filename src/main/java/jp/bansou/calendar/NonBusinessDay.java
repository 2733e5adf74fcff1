package jp.bansou.calendar;

import java.time.LocalDate;

/** Why a date is no business day; {@code name} is that of the holiday or closure, none for a weekend. */
record NonBusinessDay(LocalDate date, Reason reason, String name) {

    /**
     * When several apply, the most telling one wins: a holiday over a closure (1/1 is 元日 first),
     * either over a weekend (a holiday on a Saturday is still shown by its name).
     */
    public enum Reason {
        HOLIDAY, CLOSURE, WEEKEND
    }
}
