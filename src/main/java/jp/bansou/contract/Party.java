package jp.bansou.contract;

public enum Party {
    CLIENT("クライアント (The client)"),
    FIRM("当社 (The firm)");

    private final String label;

    Party(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
