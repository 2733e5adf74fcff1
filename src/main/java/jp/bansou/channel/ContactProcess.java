package jp.bansou.channel;

/** Ids and variable names of {@code processes/case-contact.bpmn} that Java refers to. */
public final class ContactProcess {

    /** 連絡先の追加 (Add a contact), started from Tasklist's start form; business key: the case number. */
    public static final String PROCESS_ID = "case-contact";
    public static final String END_CONTACT_ADDED = "End_ContactAdded";
    public static final String TASK_ADD_CONTACT = "Task_AddContact";

    public static final String CASE_NUMBER = "caseNumber";
    public static final String KIND = "kind";
    public static final String VALUE = "value";

    private ContactProcess() {
    }
}
