package jp.bansou.hours;

/** Ids and variable names of {@code processes/over-cap-approval.bpmn} that Java refers to. */
public final class OverCapApprovalProcess {

    /** 超過承認 (Over-cap approval); business key: the case number. */
    public static final String PROCESS_ID = "over-cap-approval";
    public static final String TASK_APPROVE_OVER_CAP = "Task_ApproveOverCap";
    public static final String END_APPROVED = "End_Approved";
    public static final String END_DECLINED = "End_Declined";

    public static final String CASE_NUMBER = "caseNumber";
    public static final String TIME_ENTRY_ID = "timeEntryId";
    public static final String ENTRY_SUMMARY = "entrySummary";
    public static final String DECISION = "decision";

    private OverCapApprovalProcess() {
    }
}
