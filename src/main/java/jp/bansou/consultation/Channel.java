package jp.bansou.consultation;

/** How a daily consultation reached the firm. */
public enum Channel {
    EMAIL("メール (E-mail)"),
    CHAT("チャット (Chat)");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
