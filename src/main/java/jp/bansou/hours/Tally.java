package jp.bansou.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Sums a period's entries by where they count. A reversing entry carries its original's status and negative
 * minutes, so an entry and its reversal cancel out wherever they count; a reversed scheduled meeting no
 * longer counts as held.
 */
record Tally(int usedMinutes, int pendingMinutes, int approvedOverCapMinutes, int declinedMinutes,
        int scheduledMeetingsHeld) {

    static Tally of(List<TimeEntry> entries) {
        int used = 0;
        int pending = 0;
        int approved = 0;
        int declined = 0;
        int meetings = 0;
        for (TimeEntry entry : entries) {
            switch (entry.status()) {
                case BOOKED -> used += entry.minutes();
                case APPROVED_OVER_CAP -> {
                    used += entry.minutes();
                    approved += entry.minutes();
                }
                case PENDING_APPROVAL -> pending += entry.minutes();
                case DECLINED -> declined += entry.minutes();
            }
            if (entry.scheduledMeeting()) {
                meetings += entry.isReversal() ? -1 : 1;
            }
        }
        return new Tally(used, pending, approved, declined, meetings);
    }

    /** What changed from {@code before} to this tally: for an entry whose status changes. */
    Tally minus(Tally before) {
        return new Tally(usedMinutes - before.usedMinutes, pendingMinutes - before.pendingMinutes,
                approvedOverCapMinutes - before.approvedOverCapMinutes, declinedMinutes - before.declinedMinutes,
                scheduledMeetingsHeld - before.scheduledMeetingsHeld);
    }

    /** Whether {@code minutes} more can be booked without a manager's approval. */
    static boolean fits(int usedMinutes, int minutes, int capMinutes) {
        return (long) usedMinutes + minutes <= capMinutes;
    }

    /** {@code used} as a percentage of {@code cap}, one decimal; null without a cap. */
    static BigDecimal percent(int used, int cap) {
        return cap == 0 ? null
                : BigDecimal.valueOf(used * 100L).divide(BigDecimal.valueOf(cap), 1, RoundingMode.HALF_UP);
    }

    /** Whether {@code used} has reached {@code thresholdPercent} of {@code cap}. */
    static boolean reached(int used, int cap, int thresholdPercent) {
        return cap > 0 && used * 100L >= (long) thresholdPercent * cap;
    }
}
