package jp.bansou.hours;

/** A manager's answer to an entry held over the cap; declining needs a reason. */
public enum OverCapDecision {
    APPROVE("超過として承認 (Approved as over-cap)"),
    DECLINE("却下 (Declined)");

    private final String label;

    OverCapDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
