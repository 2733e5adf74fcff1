package jp.bansou.hours;

/** Where an entry's minutes count; a reversing entry counts where its original counts. */
public enum TimeEntryStatus {
    /** Within the cap: counts as used. */
    BOOKED,
    /** Would have taken the period past its cap: waits for a manager's 超過承認 (Over-cap approval). */
    PENDING_APPROVAL,
    /** Approved by a manager over the cap: counts as used. */
    APPROVED_OVER_CAP,
    /** Declined by a manager: kept for the record, not counted as used. */
    DECLINED
}
