package jp.bansou.enablement;

/**
 * Ids and variable names of {@code processes/stage-gate.bpmn}, the gate at the end of each stage, called by
 * {@code enablement.bpmn} (see {@link EnablementProcess}) once per visit of a stage.
 */
public final class StageGateProcess {

    public static final String PROCESS_ID = "stage-gate";

    public static final String START_GATE_REQUESTED = "StartEvent_GateRequested";
    public static final String TASK_CHECK_GATE = "Task_CheckGate";
    public static final String TASK_GATE_REVIEW = "Task_GateReview";
    public static final String TASK_GATE_OVERRIDE = "Task_GateOverride";
    public static final String EVENT_RECHECK = "Event_Recheck";
    public static final String END_PASSED = "End_Passed";
    public static final String END_PASSED_BY_OVERRIDE = "End_PassedByOverride";
    public static final String END_BACK = "End_Back";

    /** What the caller passes in (camunda:in), with the case as business key. */
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CONSULTANT = "consultant";
    public static final String STAGE = "stage";
    public static final String STAGE_LABEL = "stageLabel";
    public static final String REQUEST_NOTE = "requestNote";

    /** The gate being reviewed and its results as the forms show them; dropped at each check. */
    public static final String GATE_ID = "gateId";
    public static final String CRITERIA_MET = "criteriaMet";
    public static final String GATE_CRITERIA = "gateCriteria";
    public static final String UNMET_CRITERIA = "unmetCriteria";
    public static final String HOURS_TREND = "hoursTrend";
    public static final String RECHECK_ON = "recheckOn";
    public static final String OVERRIDE_REQUEST = "overrideRequest";
    public static final String OVERRIDE_APPROVED = "overrideApproved";
    public static final String OVERRIDE_DECLINED = "overrideDeclined";

    /** The review's outcome (a {@link GateOutcome} name): routes the gate, and is all the caller gets back (camunda:out). */
    public static final String GATE_OUTCOME = "gateOutcome";

    /** The beans the process's expressions name (its published surface). */
    public static final String BEAN_CHECK = "checkStageGate";
    public static final String BEAN_DECIDE = "decideStageGate";
    public static final String BEAN_DECIDE_OVERRIDE = "decideGateOverride";
    public static final String BEAN_SCHEDULE = "gateSchedule";

    private StageGateProcess() {
    }
}
