package jp.bansou.contract;

public enum NoticeKind {
    CANCELLATION("解約の申し出 (Cancellation notice)"),
    REVISION("見直しの申し出 (Revision notice)");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
