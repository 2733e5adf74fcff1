package jp.bansou.hours;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import jp.bansou.plan.Plan;

/**
 * 月次締め (Monthly close) of one case: its month as it stood when the month was closed, never changed
 * afterwards. {@code plans} are the plans in force during the month, in order; {@code replySla} the reply SLA
 * figures of the consultations received in the month.
 */
public record MonthlyCloseSnapshot(
        String caseNumber,
        YearMonth month,
        List<Plan> plans,
        int capMinutes,
        int usedMinutes,
        int approvedOverCapMinutes,
        int pendingMinutes,
        int declinedMinutes,
        int scheduledMeetingsHeld,
        int scheduledMeetingsPlanned,
        ReplySla replySla,
        Instant closedAt) {
}
