package jp.bansou.enablement;

import java.util.Map;

/**
 * Ids and variable names of {@code processes/enablement.bpmn} that Java refers to. Each stage's gate is the called
 * process {@code stage-gate.bpmn} ({@link StageGateProcess}).
 */
public final class EnablementProcess {

    public static final String PROCESS_ID = "enablement";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CONSULTANT = "consultant";

    /** The stage the case is in and its label, for the gateways' listeners and the forms. */
    public static final String STAGE = "stage";
    public static final String STAGE_LABEL = "stageLabel";

    /** The stage work task: the kind of record chosen, and what the task shows when it opens (task-local). */
    public static final String WORK_ITEM = "workItem";
    public static final String WORK_RECORDED = "workRecorded";
    public static final String WORK_CRITERIA = "workCriteria";
    public static final String GATE_STATUS = "gateStatus";

    /** Passed to the stage's gate with the request, and what the gate gives back for the flow's gateways. */
    public static final String REQUEST_NOTE = StageGateProcess.REQUEST_NOTE;
    public static final String GATE_OUTCOME = StageGateProcess.GATE_OUTCOME;

    public static final String TASK_DIALOGUE_WORK = "Task_DialogueWork";
    public static final String TASK_INSIGHT_WORK = "Task_InsightWork";
    public static final String TASK_BUY_IN_WORK = "Task_BuyInWork";
    public static final String TASK_SELF_PROPELLED_WORK = "Task_SelfPropelledWork";

    public static final String SUBPROCESS_DIALOGUE = "SubProcess_Dialogue";
    public static final String SUBPROCESS_INSIGHT = "SubProcess_Insight";
    public static final String SUBPROCESS_BUY_IN = "SubProcess_BuyIn";
    public static final String SUBPROCESS_SELF_PROPELLED = "SubProcess_SelfPropelled";

    /** Each stage calls {@code stage-gate.bpmn} from here; the stage ends when it returns. */
    public static final String CALL_DIALOGUE_GATE = "CallActivity_DialogueGate";
    public static final String CALL_INSIGHT_GATE = "CallActivity_InsightGate";
    public static final String CALL_BUY_IN_GATE = "CallActivity_BuyInGate";
    public static final String CALL_SELF_PROPELLED_GATE = "CallActivity_SelfPropelledGate";

    /** Each stage ends when its gate is decided (terminating its work task that is still open). */
    public static final String END_DIALOGUE_GATE_DECIDED = "End_DialogueGateDecided";
    public static final String END_INSIGHT_GATE_DECIDED = "End_InsightGateDecided";
    public static final String END_BUY_IN_GATE_DECIDED = "End_BuyInGateDecided";
    public static final String END_SELF_PROPELLED_GATE_DECIDED = "End_SelfPropelledGateDecided";

    public static final String END_SELF_PROPELLED = "End_SelfPropelled";

    /** The time of the scheduled meeting whose task is open, its due date. */
    public static final String MEETING_AT = "meetingAt";
    public static final String TASK_SCHEDULED_MEETING = "Task_ScheduledMeeting";
    public static final String EVENT_NEXT_MEETING = "Event_NextMeeting";

    static final Map<String, Stage> STAGE_WORK_TASKS = Map.of(
            TASK_DIALOGUE_WORK, Stage.DIALOGUE,
            TASK_INSIGHT_WORK, Stage.INSIGHT,
            TASK_BUY_IN_WORK, Stage.BUY_IN,
            TASK_SELF_PROPELLED_WORK, Stage.SELF_PROPELLED);

    static final Map<String, Stage> STAGE_SUBPROCESSES = Map.of(
            SUBPROCESS_DIALOGUE, Stage.DIALOGUE,
            SUBPROCESS_INSIGHT, Stage.INSIGHT,
            SUBPROCESS_BUY_IN, Stage.BUY_IN,
            SUBPROCESS_SELF_PROPELLED, Stage.SELF_PROPELLED);

    private EnablementProcess() {
    }
}
