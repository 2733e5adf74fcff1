package jp.bansou.hours;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Minutes a consultant spent on a case, as the API, Tasklist's 工数登録 (Log time) form or a process task
 * records them. {@code workDate} is a date in Tokyo; {@code recordedBy} is who recorded it (the consultant
 * or a manager on their behalf).
 */
public record NewTimeEntry(
        String caseNumber,
        String consultant,
        @Nullable LocalDate workDate,
        @Nullable Integer minutes,
        @Nullable TimeEntryCategory category,
        boolean scheduledMeeting,
        @Nullable String note,
        String recordedBy) {
}
