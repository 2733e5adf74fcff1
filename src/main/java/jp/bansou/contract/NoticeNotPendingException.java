package jp.bansou.contract;

/** A withdrawal of a notice that already took effect, was superseded or was withdrawn; the API answers 409. */
class NoticeNotPendingException extends RuntimeException {

    NoticeNotPendingException(Notice notice) {
        super("Notice " + notice.id() + " is " + notice.status() + ": only a PENDING notice can be withdrawn");
    }
}
