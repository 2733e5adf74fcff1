package jp.bansou.contract;

public enum TermKind {
    TRIAL("試行期間 (Trial term)"),
    RENEWAL("更新期間 (Renewal term)");

    private final String label;

    TermKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
