package jp.bansou.hours;

import java.time.Instant;
import java.time.LocalDate;

import jp.bansou.plan.Plan;

/**
 * A stored time entry; never changed. A reversing entry has negative minutes and names the entry it
 * reverses; {@code reversedBy} names the reversing entry of an entry that was reversed. {@code plan} is the
 * plan in force on the work date ({@code SPOT} for a spot engagement). The decision fields are set once a
 * manager has answered an entry held over the cap.
 */
public record TimeEntry(
        long id,
        String caseNumber,
        String consultant,
        LocalDate workDate,
        int minutes,
        TimeEntryCategory category,
        boolean scheduledMeeting,
        String note,
        Plan plan,
        TimeEntryStatus status,
        Long reverses,
        Long reversedBy,
        String recordedBy,
        Instant recordedAt,
        OverCapDecision decision,
        String decisionReason,
        String decidedBy,
        Instant decidedAt) {

    public boolean isReversal() {
        return reverses != null;
    }

    public boolean isReversed() {
        return reversedBy != null;
    }
}
