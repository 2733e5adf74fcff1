package jp.bansou.hours;

/** A manager's answer to an entry held over the cap; declining needs a reason. */
enum OverCapDecision {
    APPROVE, DECLINE
}
