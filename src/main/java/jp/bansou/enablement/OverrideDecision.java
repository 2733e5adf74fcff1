package jp.bansou.enablement;

/** A manager's answer to a request to pass a gate whose exit criteria are not all met. */
public enum OverrideDecision {
    APPROVED("承認 (Approved)"),
    DECLINED("却下 (Declined)");

    private final String label;

    OverrideDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
