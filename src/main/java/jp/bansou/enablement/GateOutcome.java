package jp.bansou.enablement;

/** What a stage-gate review decides with the client: on to the next step, stay for a while, or one step back. */
public enum GateOutcome {
    PASS("通過 (Pass)"),
    HOLD("保留 (Hold)"),
    BACK("差し戻し (Back)");

    private final String label;

    GateOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
