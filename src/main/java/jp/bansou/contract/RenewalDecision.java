package jp.bansou.contract;

public enum RenewalDecision {
    RENEW("更新 (Renew)"),
    END("終了 (End)");

    private final String label;

    RenewalDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
