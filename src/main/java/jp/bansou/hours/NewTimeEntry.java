package jp.bansou.hours;

import java.time.LocalDate;

/**
 * Minutes a consultant spent on a case, as the API, Tasklist's 工数登録 (Log time) form or a process task
 * records them. {@code workDate} is a date in Tokyo; {@code recordedBy} is who recorded it (the consultant
 * or a manager on their behalf).
 */
public record NewTimeEntry(
        String caseNumber,
        String consultant,
        LocalDate workDate,
        Integer minutes,
        TimeEntryCategory category,
        boolean scheduledMeeting,
        String note,
        String recordedBy) {
}
