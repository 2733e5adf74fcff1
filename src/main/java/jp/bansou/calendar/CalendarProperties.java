package jp.bansou.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The firm's business calendar ({@code bansou.calendar} in application.yaml): business hours,
 * the reminder lead time, and the days the firm is closed on top of weekends and national holidays.
 */
@ConfigurationProperties("bansou.calendar")
public record CalendarProperties(
        LocalTime businessDayStart,
        LocalTime businessDayEnd,
        Duration reminderBefore,
        List<ClosurePeriod> closures,
        List<DatedName> extraHolidays,
        List<DatedName> extraClosures) {

    public CalendarProperties {
        require(businessDayStart, "business-day-start");
        require(businessDayEnd, "business-day-end");
        require(reminderBefore, "reminder-before");
        if (!businessDayStart.isBefore(businessDayEnd)) {
            throw new IllegalArgumentException("bansou.calendar.business-day-start must be before business-day-end");
        }
        if (reminderBefore.isNegative()) {
            throw new IllegalArgumentException("bansou.calendar.reminder-before must not be negative");
        }
        closures = closures == null ? List.of() : List.copyOf(closures);
        extraHolidays = extraHolidays == null ? List.of() : List.copyOf(extraHolidays);
        extraClosures = extraClosures == null ? List.of() : List.copyOf(extraClosures);
    }

    private static void require(Object value, String property) {
        Objects.requireNonNull(value, () -> "bansou.calendar." + property + " is not configured");
    }

    /** A closure recurring every year, from and to inclusive, e.g. 12-29 to 01-03 across the year end. */
    public record ClosurePeriod(
            @DateTimeFormat(pattern = "MM-dd") MonthDay from,
            @DateTimeFormat(pattern = "MM-dd") MonthDay to,
            String name) {

        public ClosurePeriod {
            Objects.requireNonNull(from, "bansou.calendar.closures[].from is not configured");
            Objects.requireNonNull(to, "bansou.calendar.closures[].to is not configured");
            Objects.requireNonNull(name, "bansou.calendar.closures[].name is not configured");
        }

        boolean contains(LocalDate date) {
            MonthDay day = MonthDay.from(date);
            if (from.isAfter(to)) {
                return !day.isBefore(from) || !day.isAfter(to);
            }
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public record DatedName(LocalDate date, String name) {

        public DatedName {
            Objects.requireNonNull(date, "bansou.calendar: an extra holiday or closure has no date");
            Objects.requireNonNull(name, () -> "bansou.calendar: the extra holiday or closure " + date + " has no name");
        }
    }
}
