package jp.bansou.channel;

/** What a channel message became. */
public enum MessageOutcome {
    /** it started a consultation */
    CONSULTATION,
    /** a further client message in the thread of an open consultation */
    APPENDED,
    /** a firm user's message in the thread of an open consultation: its reply */
    REPLY,
    /** a firm user's message outside an open consultation, or the service's own reply as sent */
    FIRM_MESSAGE,
    /** matched no case or several: waits in triage for the managers */
    TRIAGE,
    /** a manager marked it not a consultation */
    NOT_CONSULTATION,
    /** an auto-reply, bulk mail or the service's own notification */
    IGNORED,
    /** already stored: the same message read again */
    DUPLICATE
}
