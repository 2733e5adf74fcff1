package jp.bansou.consultation;

/**
 * How a reply was recorded: the firm user's e-mail or chat message in the consultation's thread, or by hand (the
 * reply task in Tasklist, the API), then possibly sent from the task's form.
 */
public enum ReplyChannel {
    EMAIL, CHAT, MANUAL
}
