package jp.bansou.enablement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the consultant records on a stage's work task (ステージの作業記録 (Stage work)): one kind of record of the stage,
 * each kept in its own table, or the request for the stage-gate review. {@code table} counts what was recorded.
 */
enum WorkItem {
    STAKEHOLDER_HEARING(Stage.DIALOGUE, "関係者ヒアリング (Stakeholder hearings)", "stakeholder_hearing"),
    DIALOGUE_SESSION(Stage.DIALOGUE, "対話セッション (Dialogue sessions)", "dialogue_session"),
    BLOCKAGE(Stage.DIALOGUE, "詰まりの言語化 (Blockages written down)", "blockage"),
    ISSUE(Stage.INSIGHT, "論点マップ (Issue map entries)", "issue_map_entry"),
    DECISION_POINT(Stage.INSIGHT, "判断ポイントと選択肢 (Decision points with options)", "decision_point"),
    THEME_PRIORITY(Stage.INSIGHT, "テーマと優先度の合意 (Themes and priorities agreed)", "theme_priority"),
    ACTION(Stage.BUY_IN, "アクションと担当・期日 (Actions with owners and due dates)", "action_item"),
    ATTENDED_MEETING(Stage.BUY_IN, "会議と決定の記録 (Client meetings attended)", null),
    DOCUMENTED_RULE(Stage.SELF_PROPELLED, "判断基準・役割の文書化 (Decision criteria and roles documented)",
            "documented_rule"),
    REVIEW_CYCLE(Stage.SELF_PROPELLED, "レビューサイクル (Review cycles)", "review_cycle"),
    INTERNAL_PROMOTER(Stage.SELF_PROPELLED, "社内推進者 (Internal promoters)", "internal_promoter"),
    SUPPORT_WEIGHT(Stage.SELF_PROPELLED, "支援の重みの計画 (Planned support weight, months)", "support_weight_plan"),
    REQUEST_GATE(null, "ステージゲート審査の依頼 (Ask for the stage-gate review)", null);

    private final Stage stage;
    private final String label;
    private final String table;

    WorkItem(Stage stage, String label, String table) {
        this.stage = stage;
        this.label = label;
        this.table = table;
    }

    /** The kinds of record of a stage, in the order its form lists them. */
    static List<WorkItem> recordsOf(Stage stage) {
        return Arrays.stream(values()).filter(item -> item.stage == stage).toList();
    }

    /** The kind chosen on the form, if the stage has it (the request for the review belongs to every stage). */
    static Optional<WorkItem> of(Stage stage, String value) {
        return Arrays.stream(values()).filter(item -> item.name().equals(value))
                .filter(item -> item == REQUEST_GATE || item.stage == stage).findFirst();
    }

    String label() {
        return label;
    }

    /** The table its records are kept in; null for the client meetings, kept among all meetings. */
    String table() {
        return table;
    }
}
