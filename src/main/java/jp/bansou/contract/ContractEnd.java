package jp.bansou.contract;

/** Why a contract ended. */
public enum ContractEnd {
    NOT_RENEWED("更新せず終了 (Not renewed)"),
    CANCELLED("解約 (Cancelled)");

    private final String label;

    ContractEnd(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
