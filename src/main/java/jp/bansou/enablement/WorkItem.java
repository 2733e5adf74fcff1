package jp.bansou.enablement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the consultant records on a stage's work task (ステージの作業記録 (Stage work)): one kind of record of the stage,
 * each kept in its own table, or the request for the stage-gate review.
 */
enum WorkItem {
    STAKEHOLDER_HEARING(Stage.DIALOGUE, "関係者ヒアリング (Stakeholder hearings)"),
    DIALOGUE_SESSION(Stage.DIALOGUE, "対話セッション (Dialogue sessions)"),
    BLOCKAGE(Stage.DIALOGUE, "詰まりの言語化 (Blockages written down)"),
    ISSUE(Stage.INSIGHT, "論点マップ (Issue map entries)"),
    DECISION_POINT(Stage.INSIGHT, "判断ポイントと選択肢 (Decision points with options)"),
    THEME_PRIORITY(Stage.INSIGHT, "テーマと優先度の合意 (Themes and priorities agreed)"),
    ACTION(Stage.BUY_IN, "アクションと担当・期日 (Actions with owners and due dates)"),
    ATTENDED_MEETING(Stage.BUY_IN, "会議と決定の記録 (Client meetings attended)"),
    DOCUMENTED_RULE(Stage.SELF_PROPELLED, "判断基準・役割の文書化 (Decision criteria and roles documented)"),
    REVIEW_CYCLE(Stage.SELF_PROPELLED, "レビューサイクル (Review cycles)"),
    INTERNAL_PROMOTER(Stage.SELF_PROPELLED, "社内推進者 (Internal promoters)"),
    SUPPORT_WEIGHT(Stage.SELF_PROPELLED, "支援の重みの計画 (Planned support weight, months)"),
    REQUEST_GATE(null, "ステージゲート審査の依頼 (Ask for the stage-gate review)");

    private final Stage stage;
    private final String label;

    WorkItem(Stage stage, String label) {
        this.stage = stage;
        this.label = label;
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
}
