package jp.bansou.contract;

import jp.bansou.platform.ConflictException;

/** A withdrawal of a notice that already took effect, was superseded or was withdrawn; the API answers 409 Conflict. */
class NoticeNotPendingException extends ConflictException {

    NoticeNotPendingException(Notice notice) {
        super("Notice not pending",
                "Notice " + notice.id() + " is " + notice.status() + ": only a PENDING notice can be withdrawn");
    }
}
