package jp.bansou.consultation;

/** Ids and variable names of {@code processes/consultation.bpmn} that Java refers to. */
public final class ConsultationProcess {

    public static final String PROCESS_ID = "consultation";
    public static final String TASK_REPLY = "Task_Reply";
    public static final String TASK_ESCALATE = "Task_EscalateLateReply";
    public static final String EVENT_REMINDER_DUE = "Event_ReminderDue";
    public static final String EVENT_REPLY_OVERDUE = "Event_ReplyOverdue";
    public static final String END_ESCALATION_HANDLED = "End_EscalationHandled";
    public static final String END_REMINDED = "End_Reminded";
    public static final String END_REPLIED = "End_Replied";
    public static final String TASK_RECORD_BREACH = "Task_RecordBreach";
    public static final String TASK_REGISTER_CONSULTATION = "Task_RegisterConsultation";
    public static final String TASK_REMIND_CONSULTANT = "Task_RemindConsultant";

    public static final String CASE_NUMBER = "caseNumber";
    public static final String CONSULTATION_ID = "consultationId";
    public static final String CONSULTANT = "consultant";

    /** What starts the process (the API's request, Tasklist's start form); dropped once the consultation is stored. */
    static final String CHANNEL = "channel";
    static final String RECEIVED_AT = "receivedAt";
    static final String SENDER = "sender";
    static final String SUBJECT = "subject";
    /** The reply task's optional values: when the reply was sent (ISO-8601 with offset), and how (ReplyChannel). */
    static final String REPLIED_AT = "repliedAt";
    static final String REPLY_CHANNEL = "replyChannel";
    /** Who recorded it, when the API started the process; Tasklist's start form has the engine's authenticated user. */
    static final String RECORDED_BY = "recordedBy";

    private ConsultationProcess() {
    }
}
