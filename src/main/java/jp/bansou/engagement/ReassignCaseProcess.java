package jp.bansou.engagement;

/** Ids and variable names of {@code processes/reassign-case.bpmn} that Java refers to. */
public final class ReassignCaseProcess {

    /** 担当交代 (Hand a case to another consultant), started from Tasklist's start form by a manager. */
    public static final String PROCESS_ID = "reassign-case";
    public static final String END_REASSIGNED = "End_Reassigned";
    public static final String TASK_REASSIGN = "Task_Reassign";

    public static final String INITIATOR = "initiator";
    public static final String PREVIOUS_CONSULTANT = "previousConsultant";

    private ReassignCaseProcess() {
    }
}
