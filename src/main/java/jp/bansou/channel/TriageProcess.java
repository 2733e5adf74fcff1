package jp.bansou.channel;

/** Ids and variable names of {@code processes/channel-triage.bpmn} that Java refers to. */
public final class TriageProcess {

    public static final String PROCESS_ID = "channel-triage";
    public static final String TASK_TRIAGE = "Task_TriageMessage";
    public static final String CHANNEL_MESSAGE_ID = "channelMessageId";
    public static final String END_TRIAGED = "End_Triaged";

    private TriageProcess() {
    }
}
