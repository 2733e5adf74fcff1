package jp.bansou.consultation;

/** What the manager did about a late reply (返信遅延エスカレーション). */
public enum EscalationAction {
    CONSULTANT_CHASED("担当者に返信を督促 (Chased the consultant)"),
    CLIENT_INFORMED("クライアントへ遅延を連絡 (Told the client of the delay)"),
    MANAGER_REPLYING("マネージャーが返信を引き取る (A manager takes over the reply)");

    private final String label;

    EscalationAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
