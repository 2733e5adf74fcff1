package jp.bansou.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jp.bansou.plan.Plan;
import jp.bansou.plan.PlanCatalog;
import jp.bansou.plan.PlanCatalog.PlanTerms;

/**
 * A month's cap and scheduled meetings, prorated by days: each day of the month contributes 1/(days in the
 * month) of the monthly figures of the plan in force that day, nothing on a day without a contract. Rounded
 * once, to the minute and to the meeting, so that a month with one plan throughout gets exactly its figures.
 */
public record MonthlyCap(int capMinutes, int scheduledMeetingsPlanned, List<CapShare> shares) {

    public static MonthlyCap of(YearMonth month, Function<LocalDate, Optional<Plan>> planOn, PlanCatalog catalog) {
        int daysInMonth = month.lengthOfMonth();
        List<CapShare> shares = new ArrayList<>();
        long capMinuteDays = 0;
        long meetingDays = 0;
        Plan current = null;
        LocalDate from = null;
        for (int day = 1; day <= daysInMonth + 1; day++) {
            Plan plan = day <= daysInMonth ? planOn.apply(month.atDay(day)).orElse(null) : null;
            if (plan != current) {
                if (current != null) {
                    LocalDate to = month.atDay(day - 1);
                    int days = to.getDayOfMonth() - from.getDayOfMonth() + 1;
                    PlanTerms terms = catalog.terms(current);
                    capMinuteDays += (long) terms.monthlyCapHours() * 60 * days;
                    meetingDays += (long) terms.scheduledMeetingsPerMonth() * days;
                    shares.add(new CapShare(current, from, to, days,
                            divide(terms.monthlyCapHours() * 60L * days, daysInMonth)));
                }
                current = plan;
                from = day <= daysInMonth ? month.atDay(day) : null;
            }
        }
        return new MonthlyCap(divide(capMinuteDays, daysInMonth), divide(meetingDays, daysInMonth), List.copyOf(shares));
    }

    private static int divide(long dividend, int divisor) {
        return BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP).intValueExact();
    }
}
