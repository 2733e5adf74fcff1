package jp.bansou.enablement;

/** What a stage-gate review decides with the client: on to the next step, stay for a while, or one step back. */
enum GateOutcome {
    PASS, HOLD, BACK
}
