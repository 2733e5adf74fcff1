package jp.bansou.enablement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jp.bansou.calendar.BusinessCalendar;
import jp.bansou.contract.ContractService;
import jp.bansou.plan.Plan;
import jp.bansou.plan.PlanCatalog;
import jp.bansou.platform.BusinessTime;

import org.springframework.stereotype.Component;

/**
 * When the next 定例ミーティング (Scheduled meeting) opens, for the timer of {@code enablement.bpmn}'s meeting loop.
 * Each meeting's timer is created when the previous one fires, so the date is computed from the plan history as it
 * stands then: from a plan change's effective date on, the days follow the new plan's cadence (a meeting already
 * scheduled when the change takes effect keeps its day).
 */
@Component("meetingSchedule")
public class MeetingSchedule {

    /** Far beyond any month without a business day or a gap before a contract starts. */
    static final int MAX_DAYS_AHEAD = 400;

    private final ContractService contracts;
    private final PlanCatalog plans;
    private final BusinessCalendar calendar;
    private final EnablementProperties properties;
    private final Clock clock;

    MeetingSchedule(ContractService contracts, PlanCatalog plans, BusinessCalendar calendar,
            EnablementProperties properties, Clock clock) {
        this.contracts = contracts;
        this.plans = plans;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /** The first meeting day still ahead under the plan in force on that day, at the task opening time. */
    public Date nextMeetingAt(String caseNumber) {
        Instant now = clock.instant();
        Map<YearMonth, Map<Plan, List<LocalDate>>> days = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        Function<LocalDate, Optional<Plan>> planOn = contracts.plansOf(caseNumber);
        for (LocalDate day = today; day.isBefore(today.plusDays(MAX_DAYS_AHEAD)); day = day.plusDays(1)) {
            Instant opens = opening(day);
            if (!opens.isAfter(now) || !calendar.isBusinessDay(day)) {
                continue;
            }
            Optional<Plan> plan = planOn.apply(day);
            if (plan.isEmpty()) {
                continue;
            }
            YearMonth month = YearMonth.from(day);
            List<LocalDate> meetingDays = days.computeIfAbsent(month, m -> new HashMap<>())
                    .computeIfAbsent(plan.get(), p -> MeetingCadence.meetingDays(month,
                            plans.terms(p).scheduledMeetingsPerMonth(), calendar::isBusinessDay));
            if (meetingDays.contains(day)) {
                return Date.from(opens);
            }
        }
        throw new IllegalStateException("No scheduled meeting day for " + caseNumber + " within " + MAX_DAYS_AHEAD
                + " days of " + today);
    }

    private Instant opening(LocalDate day) {
        return day.atTime(properties.taskOpeningTime()).atZone(BusinessTime.ZONE).toInstant();
    }
}
