package jp.bansou.contract;

public enum NoticeKind {
    CANCELLATION, REVISION
}
