package jp.bansou.engagement;

/** Ids and variable names of {@code processes/engagement.bpmn} that Java refers to. */
public final class EngagementProcess {

    public static final String PROCESS_ID = "engagement";
    public static final String MESSAGE_NOTICE = "NoticeReceived";
    /** Each notice waits for its own withdrawal message: the message name ends with the notice's id. */
    public static final String MESSAGE_NOTICE_WITHDRAWN = "NoticeWithdrawn-";

    public static final String TASK_APPLY_CANCELLATION = "Task_ApplyCancellation";
    public static final String TASK_APPLY_REVISION = "Task_ApplyRevision";
    public static final String TASK_CHECK_FIT = "Task_CheckFit";
    public static final String TASK_CLIENT_ANSWER = "Task_ClientAnswer";
    public static final String TASK_CLOSING_REPORT = "Task_ClosingReport";
    public static final String TASK_DECLINE = "Task_Decline";
    public static final String TASK_HEARING = "Task_Hearing";
    public static final String TASK_MANAGER_RENEWAL_DECISION = "Task_ManagerRenewalDecision";
    public static final String TASK_PAUSE_CONTRACT = "Task_PauseContract";
    public static final String TASK_PROPOSE_PLAN = "Task_ProposePlan";
    public static final String TASK_PROPOSE_SEPARATE_PROJECT = "Task_ProposeSeparateProject";
    /** The out-of-scope part of a split request, proposed alongside the plan proposal of its enablement part. */
    public static final String TASK_PROPOSE_SPLIT_PROJECT = "Task_ProposeSplitProject";
    public static final String TASK_RECOMMEND_PLAN = "Task_RecommendPlan";
    public static final String TASK_RECORD_EXPIRY = "Task_RecordExpiry";
    public static final String TASK_RENEWAL_DECISION = "Task_RenewalDecision";
    public static final String TASK_SIGN_CONTRACT = "Task_SignContract";
    public static final String TASK_SPOT_SESSION = "Task_SpotSession";
    public static final String TASK_SPOT_WRAP_UP = "Task_SpotWrapUp";
    public static final String TASK_START_NEXT_TERM = "Task_StartNextTerm";
    public static final String TASK_TRIAL_REVIEW = "Task_TrialReview";
    public static final String CALL_ACTIVITY_ENABLEMENT = "CallActivity_Enablement";
    public static final String EVENT_NOTICE_EFFECTIVE = "Event_NoticeEffective";
    public static final String EVENT_RENEWAL_REVIEW_DUE = "Event_RenewalReviewDue";
    public static final String EVENT_TERM_ENDED_UNDECIDED = "Event_TermEndedUndecided";
    public static final String EVENT_TERM_ENDS = "Event_TermEnds";
    public static final String EVENT_TRIAL_REVIEW_OVERDUE = "Event_TrialReviewOverdue";
    public static final String GATEWAY_NOTICE_OUTCOME = "Gateway_NoticeOutcome";
    public static final String GATEWAY_SPLIT_SCOPE = "Gateway_SplitScope";
    public static final String END_CANCELLATION_EFFECTIVE = "End_CancellationEffective";
    public static final String END_CLOSED = "End_Closed";
    public static final String END_CONTRACT_EXPIRED = "End_ContractExpired";
    public static final String END_CONTRACT_PAUSED = "End_ContractPaused";
    public static final String END_DECLINED = "End_Declined";
    public static final String END_NOTICE_WITHDRAWN = "End_NoticeWithdrawn";
    public static final String END_PROPOSAL_DECLINED = "End_ProposalDeclined";
    public static final String END_SEPARATE_PROJECT = "End_SeparateProject";
    public static final String END_SPLIT_PROJECT_PROPOSED = "End_SplitProjectProposed";

    /** Variables (no id prefix): the case and its consultant. */
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CONSULTANT = "consultant";

    private EngagementProcess() {
    }
}
