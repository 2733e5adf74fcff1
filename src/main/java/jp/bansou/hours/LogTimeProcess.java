package jp.bansou.hours;

/** Ids and variable names of {@code processes/log-time.bpmn} that Java refers to. */
public final class LogTimeProcess {

    /** 工数登録 (Log time), started from Tasklist's start form; business key: the case number. */
    public static final String PROCESS_ID = "log-time";
    public static final String END_HELD_FOR_APPROVAL = "End_HeldForApproval";
    public static final String END_RECORDED = "End_Recorded";
    public static final String TASK_OPEN_LOG_TIME = "Task_OpenLogTime";
    /** 工数の入力 (Enter the time): the form shows the month's hours before the entry. */
    public static final String TASK_ENTER_TIME = "Task_EnterTime";
    public static final String TASK_RECORD_ENTRY = "Task_RecordEntry";

    public static final String CASE_NUMBER = "caseNumber";
    public static final String INITIATOR = "initiator";
    public static final String TIME_ENTRY_ID = "timeEntryId";
    public static final String TIME_ENTRY_STATUS = "timeEntryStatus";

    private LogTimeProcess() {
    }
}
