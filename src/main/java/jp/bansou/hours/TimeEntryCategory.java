package jp.bansou.hours;

/** What the minutes were spent on; all of it counts against the month's cap. */
public enum TimeEntryCategory {
    MEETING("打ち合わせ (Meeting)"),
    PREPARATION("準備 (Preparation)"),
    ISSUE_MAPPING("論点整理 (Issue mapping)"),
    REVIEW("資料レビュー (Document review)"),
    CONSULTATION("日常の相談 (Daily consultation)"),
    OTHER("その他 (Other)");

    private final String label;

    TimeEntryCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
