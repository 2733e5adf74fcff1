package jp.bansou.notification;

enum OutboxStatus {
    /** Not handled yet, or to be tried again. */
    PENDING,
    /** Sent by e-mail. */
    SENT,
    /** Only logged: no mail server configured, or the recipient has no e-mail address. */
    LOGGED,
    /** Sending failed too often; left for a person to look at. */
    FAILED
}
