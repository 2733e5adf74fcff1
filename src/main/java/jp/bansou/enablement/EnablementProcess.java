package jp.bansou.enablement;

import java.util.Map;

/** Ids and variable names of {@code processes/enablement.bpmn} that Java refers to. */
final class EnablementProcess {

    static final String PROCESS_ID = "enablement";
    static final String CASE_NUMBER = "caseNumber";

    /** The stage the case is in and its label, for the gateways' listeners and the forms. */
    static final String STAGE = "stage";
    static final String STAGE_LABEL = "stageLabel";

    /** The gate being reviewed, its results as the forms show them, and the review's routing. */
    static final String GATE_ID = "gateId";
    static final String CRITERIA_MET = "criteriaMet";
    static final String GATE_CRITERIA = "gateCriteria";
    static final String UNMET_CRITERIA = "unmetCriteria";
    static final String RECHECK_ON = "recheckOn";
    static final String GATE_OUTCOME = "gateOutcome";
    static final String OVERRIDE_REQUEST = "overrideRequest";
    static final String OVERRIDE_APPROVED = "overrideApproved";
    static final String OVERRIDE_DECLINED = "overrideDeclined";
    static final String HOURS_TREND = "hoursTrend";

    /** The stage work task: the kind of record chosen, and what the task shows when it opens (task-local). */
    static final String WORK_ITEM = "workItem";
    static final String WORK_RECORDED = "workRecorded";
    static final String WORK_CRITERIA = "workCriteria";
    static final String GATE_STATUS = "gateStatus";

    static final Map<String, Stage> STAGE_WORK_TASKS = Map.of(
            "Task_DialogueWork", Stage.DIALOGUE,
            "Task_InsightWork", Stage.INSIGHT,
            "Task_BuyInWork", Stage.BUY_IN,
            "Task_SelfPropelledWork", Stage.SELF_PROPELLED);

    /** The time of the scheduled meeting whose task is open, its due date. */
    static final String MEETING_AT = "meetingAt";

    static final String TASK_SCHEDULED_MEETING = "Task_ScheduledMeeting";
    static final String EVENT_NEXT_MEETING = "Event_NextMeeting";

    static final Map<String, Stage> STAGE_SUBPROCESSES = Map.of(
            "SubProcess_Dialogue", Stage.DIALOGUE,
            "SubProcess_Insight", Stage.INSIGHT,
            "SubProcess_BuyIn", Stage.BUY_IN,
            "SubProcess_SelfPropelled", Stage.SELF_PROPELLED);

    private EnablementProcess() {
    }
}
