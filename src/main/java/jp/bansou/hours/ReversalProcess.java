package jp.bansou.hours;

/** Ids and variable names of {@code processes/reverse-time-entry.bpmn}. */
public final class ReversalProcess {

    /** 工数の取消 (Reverse a time entry), started from Tasklist; business key: the case number. */
    public static final String PROCESS_ID = "reverse-time-entry";
    public static final String END_REVERSED = "End_Reversed";

    public static final String CASE_NUMBER = "caseNumber";
    public static final String INITIATOR = "initiator";
    /** The entries that may be reversed, as the options of the pick form's select ({@code valuesKey}). */
    public static final String ENTRY_OPTIONS = "entryOptions";
    public static final String ENTRY_ID = "entryId";
    public static final String NOTE = "note";
    /** The reversing entry recorded. */
    public static final String REVERSAL_ENTRY_ID = "reversalEntryId";

    public static final String TASK_PICK_ENTRY = "Task_PickEntry";

    private ReversalProcess() {
    }
}
