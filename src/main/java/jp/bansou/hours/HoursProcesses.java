package jp.bansou.hours;

/** Ids and variable names of {@code processes/over-cap-approval.bpmn} and {@code processes/log-time.bpmn}. */
public final class HoursProcesses {

    /** 超過承認 (Over-cap approval); business key: the case number. */
    public static final String OVER_CAP_APPROVAL = "over-cap-approval";
    /** 工数登録 (Log time), started from Tasklist's start form; business key: the case number. */
    public static final String LOG_TIME = "log-time";

    public static final String CASE_NUMBER = "caseNumber";
    public static final String TIME_ENTRY_ID = "timeEntryId";
    public static final String TIME_ENTRY_STATUS = "timeEntryStatus";
    public static final String ENTRY_SUMMARY = "entrySummary";
    public static final String DECISION = "decision";
    public static final String INITIATOR = "initiator";

    public static final String TASK_APPROVE_OVER_CAP = "Task_ApproveOverCap";
    /** 工数の入力 (Enter the time) of {@code log-time.bpmn}: the form shows the month's hours before the entry. */
    public static final String TASK_ENTER_TIME = "Task_EnterTime";

    private HoursProcesses() {
    }
}
