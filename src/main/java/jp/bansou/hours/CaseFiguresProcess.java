package jp.bansou.hours;

/** Ids and variable names of {@code processes/case-figures.bpmn} that Java refers to. */
public final class CaseFiguresProcess {

    /** 工数とSLAの確認 (Case figures), started from Tasklist's start form; business key: the case number. */
    public static final String PROCESS_ID = "case-figures";
    public static final String TASK_REVIEW_FIGURES = "Task_ReviewFigures";
    public static final String END_SEEN = "End_Seen";

    public static final String CASE_NUMBER = "caseNumber";
    public static final String MONTH = "month";
    public static final String SEEN = "seen";

    private CaseFiguresProcess() {
    }
}
