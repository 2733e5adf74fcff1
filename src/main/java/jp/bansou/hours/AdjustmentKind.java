package jp.bansou.hours;

/** What a prior-period adjustment records for a month that was already closed. */
enum AdjustmentKind {
    /** An entry dated in the closed month, recorded after its close. */
    ENTRY,
    /** The reversal of an entry of the closed month. */
    REVERSAL,
    /** A manager approved over the cap an entry of the closed month. */
    APPROVAL,
    /** A manager declined an entry of the closed month that waited over the cap. */
    DECLINE
}
