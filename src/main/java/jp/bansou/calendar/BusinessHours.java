package jp.bansou.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Predicate;

import jp.bansou.platform.BusinessTime;

/** Time arithmetic that counts only the business hours of business days, in Tokyo. */
final class BusinessHours {

    private final LocalTime opens;
    private final LocalTime closes;
    private final Predicate<LocalDate> isBusinessDay;

    BusinessHours(LocalTime opens, LocalTime closes, Predicate<LocalDate> isBusinessDay) {
        this.opens = opens;
        this.closes = closes;
        this.isBusinessDay = isBusinessDay;
    }

    static LocalDate dateOf(Instant instant) {
        return instant.atZone(BusinessTime.ZONE).toLocalDate();
    }

    Instant opening(LocalDate day) {
        return day.atTime(opens).atZone(BusinessTime.ZONE).toInstant();
    }

    Instant closing(LocalDate day) {
        return day.atTime(closes).atZone(BusinessTime.ZONE).toInstant();
    }

    /** Negative when {@code to} is before {@code from}, like {@link Duration#between}. */
    Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = dateOf(from); !day.isAfter(dateOf(to)); day = day.plusDays(1)) {
            if (isBusinessDay.test(day)) {
                Instant start = latest(from, opening(day));
                Instant end = earliest(to, closing(day));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The instant {@code amount} of business time before {@code moment}, rolling back over closed days. */
    Instant before(Instant moment, Duration amount) {
        if (amount.isZero()) {
            return moment;
        }
        Duration remaining = amount;
        LocalDate day = dateOf(moment);
        Instant end = earliest(moment, closing(day));
        while (true) {
            Instant start = opening(day);
            if (isBusinessDay.test(day) && end.isAfter(start)) {
                Duration available = Duration.between(start, end);
                if (available.compareTo(remaining) >= 0) {
                    return end.minus(remaining);
                }
                remaining = remaining.minus(available);
            }
            day = day.minusDays(1);
            end = closing(day);
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
