package jp.bansou.enablement;

/** What the client wrote down for itself in the Self-propelled stage. */
enum RuleKind {
    DECISION_CRITERIA, ROLES
}
