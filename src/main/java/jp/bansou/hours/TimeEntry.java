package jp.bansou.hours;

import java.time.Instant;
import java.time.LocalDate;

import jp.bansou.plan.Plan;

import org.jspecify.annotations.Nullable;

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
        @Nullable String note,
        Plan plan,
        TimeEntryStatus status,
        @Nullable Long reverses,
        @Nullable Long reversedBy,
        String recordedBy,
        Instant recordedAt,
        @Nullable OverCapDecision decision,
        @Nullable String decisionReason,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    public boolean isReversal() {
        return reverses != null;
    }

    public boolean isReversed() {
        return reversedBy != null;
    }
}
