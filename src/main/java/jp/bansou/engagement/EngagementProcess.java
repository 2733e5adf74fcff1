package jp.bansou.engagement;

/** Ids and variable names of {@code processes/engagement.bpmn} that Java refers to. */
public final class EngagementProcess {

    public static final String PROCESS_ID = "engagement";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CONSULTANT = "consultant";
    public static final String MESSAGE_NOTICE = "NoticeReceived";
    /** The out-of-scope part of a split request, proposed alongside the plan proposal of its enablement part. */
    public static final String TASK_PROPOSE_SPLIT_PROJECT = "Task_ProposeSplitProject";

    private EngagementProcess() {
    }
}
