package jp.bansou.calendar;

import static java.util.stream.Collectors.toUnmodifiableMap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jp.bansou.calendar.CalendarProperties.DatedName;
import jp.bansou.calendar.NonBusinessDay.Reason;
import jp.bansou.plan.Plan;
import jp.bansou.plan.PlanCatalog;
import jp.bansou.platform.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The firm's business days and hours in Tokyo, and the reply SLA of daily consultations
 * (domain.md, section 3). The holidays are those of the Act on National Holidays from its entry into force
 * (1948-07-20) to {@value JapaneseHolidays#LAST_YEAR}, the end of the standard equinox formula.
 */
@Component
public class BusinessCalendar {

    private final CalendarProperties properties;
    private final PlanCatalog plans;
    private final Map<LocalDate, String> extraHolidays;
    private final Map<LocalDate, String> extraClosures;
    private final BusinessHours hours;

    public BusinessCalendar(CalendarProperties properties, PlanCatalog plans) {
        this.properties = properties;
        this.plans = plans;
        this.extraHolidays = byDate(properties.extraHolidays());
        this.extraClosures = byDate(properties.extraClosures());
        this.hours = new BusinessHours(properties.businessDayStart(), properties.businessDayEnd(), this::isBusinessDay);
    }

    public boolean isBusinessDay(LocalDate date) {
        return nonBusinessDay(date).isEmpty();
    }

    /** Empty for a business day. */
    public Optional<NonBusinessDay> nonBusinessDay(LocalDate date) {
        Optional<Holiday> holiday = JapaneseHolidays.on(date);
        if (holiday.isPresent()) {
            return Optional.of(new NonBusinessDay(date, Reason.HOLIDAY, holiday.get().name().label()));
        }
        if (extraHolidays.containsKey(date)) {
            return Optional.of(new NonBusinessDay(date, Reason.HOLIDAY, extraHolidays.get(date)));
        }
        if (extraClosures.containsKey(date)) {
            return Optional.of(new NonBusinessDay(date, Reason.CLOSURE, extraClosures.get(date)));
        }
        Optional<NonBusinessDay> closure = properties.closures().stream()
                .filter(period -> period.contains(date))
                .findFirst()
                .map(period -> new NonBusinessDay(date, Reason.CLOSURE, period.name()));
        if (closure.isPresent()) {
            return closure;
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(new NonBusinessDay(date, Reason.WEEKEND, null));
        }
        return Optional.empty();
    }

    /**
     * Due at the end of business hours on the plan's N-th business day after day zero: the
     * receipt day if it is a business day and the consultation came before its end, else the
     * next business day.
     */
    public ReplyDue replyDue(Instant receivedAt, Plan plan) {
        if (!plan.isContinuous()) {
            throw new InvalidInputException("plan", plan + " has no reply SLA");
        }
        LocalDate dueDay = dayZero(receivedAt);
        for (int n = plans.terms(plan).replySlaBusinessDays(); n > 0; n--) {
            dueDay = nextBusinessDay(dueDay);
        }
        Instant dueAt = hours.closing(dueDay);
        return new ReplyDue(dueAt, hours.before(dueAt, properties.reminderBefore()));
    }

    /**
     * A digest of everything {@link #replyDue} depends on: business hours, the reminder lead time, the closures and
     * extra days off, the national holidays and each plan's reply SLA. Due times computed under the same digest need
     * no recomputing.
     */
    public String replyDueRules() {
        List<Object> rules = List.of(properties.businessDayStart(), properties.businessDayEnd(),
                properties.reminderBefore(),
                properties.closures().stream().map(period -> period.from() + "/" + period.to()).sorted().toList(),
                new TreeSet<>(extraHolidays.keySet()), new TreeSet<>(extraClosures.keySet()),
                Arrays.stream(Plan.values()).filter(Plan::isContinuous)
                        .map(plan -> plan + "=" + plans.terms(plan).replySlaBusinessDays()).toList(),
                JapaneseHolidays.dates());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rules.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Only the time inside business hours on business days; negative when {@code to} is before {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        return hours.between(from, to);
    }

    LocalDate dayZero(Instant receivedAt) {
        LocalDate received = BusinessHours.dateOf(receivedAt);
        if (isBusinessDay(received) && receivedAt.isBefore(hours.closing(received))) {
            return received;
        }
        return nextBusinessDay(received);
    }

    LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static Map<LocalDate, String> byDate(List<DatedName> days) {
        return days.stream().collect(toUnmodifiableMap(DatedName::date, DatedName::name));
    }
}
