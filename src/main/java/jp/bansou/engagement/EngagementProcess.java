package jp.bansou.engagement;

/** Ids and variable names of {@code processes/engagement.bpmn} that Java refers to. */
public final class EngagementProcess {

    public static final String PROCESS_ID = "engagement";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CONSULTANT = "consultant";
    public static final String MESSAGE_NOTICE = "NoticeReceived";

    private EngagementProcess() {
    }
}
