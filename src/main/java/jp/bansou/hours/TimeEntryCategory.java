package jp.bansou.hours;

/** What the minutes were spent on; all of it counts against the month's cap. */
public enum TimeEntryCategory {
    MEETING, PREPARATION, ISSUE_MAPPING, REVIEW, CONSULTATION, OTHER
}
