package jp.bansou.contract;

/**
 * What became of a notice: pending until its effective date, applied then, superseded when the contract ended
 * first (a term not renewed), or withdrawn by a manager.
 */
public enum NoticeStatus {
    PENDING, APPLIED, SUPERSEDED, WITHDRAWN
}
