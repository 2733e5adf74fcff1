package jp.bansou.hours;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A case's hours against its cap for a month. Under contract the cap is prorated by the plan in force on each
 * day of the month ({@code shares}); for a spot engagement ({@code spot}) the cap is the hours agreed for the
 * whole engagement and every figure covers the whole engagement. {@code usedMinutes} counts booked and
 * approved over-cap minutes, net of reversals; {@code percentUsed} is absent when there is no cap (no day
 * under contract). The figures count every entry dated in the month: for a closed month they are its
 * {@code closedSnapshot} plus its {@code adjustmentsAfterClose}. {@code priorPeriodAdjustments} are those booked
 * in this month for closed months: reported apart, they do not count against this month's cap. {@code entries}
 * is one page ({@code page} from 0, {@code size} entries, newest first) of the {@code totalEntries} entries the
 * figures count.
 */
public record MonthlyBalance(
        String caseNumber,
        YearMonth month,
        boolean spot,
        List<CapShare> shares,
        int capMinutes,
        int usedMinutes,
        int remainingMinutes,
        BigDecimal percentUsed,
        int pendingMinutes,
        int approvedOverCapMinutes,
        int declinedMinutes,
        int scheduledMeetingsHeld,
        int scheduledMeetingsPlanned,
        boolean closed,
        MonthlyCloseSnapshot closedSnapshot,
        Adjustments adjustmentsAfterClose,
        Adjustments priorPeriodAdjustments,
        List<TimeEntry> entries,
        int totalEntries,
        int page,
        int size) {
}
