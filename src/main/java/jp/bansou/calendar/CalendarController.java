package jp.bansou.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import jp.bansou.calendar.NonBusinessDay.Reason;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Calculators over the business calendar, for any date of the years a case can meet, past or future. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private static final int MAX_RANGE_DAYS = 366;
    /** The Act on National Holidays came into force in 1948; the calendar knows the holidays beyond 2099 too. */
    static final int FIRST_YEAR = JapaneseHolidays.FIRST_YEAR;
    static final int LAST_YEAR = 2099;

    private final BusinessCalendar calendar;

    CalendarController(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/reply-due")
    ReplyDueView replyDue(@RequestParam String receivedAt, @RequestParam Plan plan) {
        Instant received = instant("receivedAt", receivedAt);
        requireSupported("receivedAt", BusinessHours.dateOf(received));
        ReplyDue due = calendar.replyDue(received, plan);
        return new ReplyDueView(inTokyo(due.dueAt()), inTokyo(due.reminderAt()));
    }

    @GetMapping("/business-days")
    BusinessDaysView businessDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireSupported("from", from);
        requireSupported("to", to);
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "must not be after to (" + to + ")");
        }
        if (to.isAfter(from.plusDays(MAX_RANGE_DAYS))) {
            throw new InvalidInputException("to", "must be at most " + MAX_RANGE_DAYS + " days after from (" + from + ")");
        }
        List<LocalDate> businessDays = new ArrayList<>();
        List<NonBusinessDayView> nonBusinessDays = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Optional<NonBusinessDay> closed = calendar.nonBusinessDay(day);
            if (closed.isPresent()) {
                nonBusinessDays.add(new NonBusinessDayView(day, closed.get().reason(), closed.get().name()));
            } else {
                businessDays.add(day);
            }
        }
        return new BusinessDaysView(from, to, businessDays, nonBusinessDays);
    }

    /**
     * Also takes a space for the '+' of the offset: unencoded in a query string, as in
     * {@code ?receivedAt=2026-05-01T10:00:00+09:00}, the '+' reaches us decoded as a space.
     */
    private static Instant instant(String parameter, String value) {
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "invalid value '" + value
                    + "', expected an ISO-8601 date-time with offset such as 2026-05-01T10:00:00+09:00");
        }
    }

    private static void requireSupported(String parameter, LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidInputException(parameter, "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR
                    + " (Asia/Tokyo), not " + date);
        }
    }

    private static OffsetDateTime inTokyo(Instant instant) {
        return instant.atZone(BusinessTime.ZONE).toOffsetDateTime();
    }

    record ReplyDueView(OffsetDateTime dueAt, OffsetDateTime reminderAt) {
    }

    record BusinessDaysView(LocalDate from, LocalDate to, List<LocalDate> businessDays,
            List<NonBusinessDayView> nonBusinessDays) {
    }

    /** {@code name} is written even when null (a weekend), against the service's non-null default. */
    record NonBusinessDayView(LocalDate date, Reason reason, @JsonInclude(JsonInclude.Include.ALWAYS) String name) {
    }
}
