package jp.bansou.enablement;

/** A manager's answer to a request to pass a gate whose exit criteria are not all met. */
enum OverrideDecision {
    APPROVED, DECLINED
}
