package jp.bansou.contract;

/** Ids and variable names of {@code processes/give-notice.bpmn} that Java refers to. */
public final class GiveNoticeProcess {

    /** 解約・見直しの申し出 (Give a notice), started from Tasklist's start form; business key: the case number. */
    public static final String PROCESS_ID = "give-notice";
    public static final String END_NOTICE_GIVEN = "End_NoticeGiven";
    public static final String TASK_RECORD_NOTICE = "Task_RecordNotice";

    public static final String NOTICE_ID = "noticeId";

    private GiveNoticeProcess() {
    }
}
