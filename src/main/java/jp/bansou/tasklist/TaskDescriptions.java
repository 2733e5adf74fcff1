package jp.bansou.tasklist;

import java.util.Map;
import java.util.Optional;

import jp.bansou.engagement.Engagement;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The description of a task as Tasklist shows it: the case, the client and what the task asks for, by task
 * definition key. Tasks whose process already describes them (e.g. the reply to a consultation) keep theirs.
 */
final class TaskDescriptions {

    private static final Map<String, String> ASKED = Map.ofEntries(
            // engagement.bpmn
            Map.entry("Task_Hearing", "問い合わせ内容を確認してヒアリングを行い、結果を記録してください (Hear the client about the inquiry and record the answers)"),
            Map.entry("Task_ProposeSeparateProject", "支援範囲外の依頼です。別プロジェクトとしての提案内容を記録してください (Out of scope: record the separate project proposed)"),
            Map.entry("Task_Decline", "お断りの理由と代替案を記録してください (Record why the case is declined and the alternative offered)"),
            Map.entry("Task_ProposePlan", "推奨プランを確認し、提案するプランを決めてください (Confirm or override the recommended plan)"),
            Map.entry("Task_ClientAnswer", "提案に対するクライアントの回答を記録してください (Record the client's answer to the proposal)"),
            Map.entry("Task_SpotSession", "スポットセッションの日付・時間・メモを記録してください (Record the spot session: date, minutes, notes)"),
            Map.entry("Task_SpotWrapUp", "まとめと次の一歩を提案し、継続か終了かを記録してください (Wrap up and propose the next step)"),
            Map.entry("Task_SignContract", "契約のプラン・開始日・担当コンサルタントを記録してください (Record plan, start date and consultant of the contract)"),
            Map.entry("Task_ClosingReport", "終了報告を作成してください (Write the closing report)"),
            Map.entry("Task_TrialReview", "試行期間を振り返り、進め方が合っているか判断してください (Review the trial term: does the approach fit?)"),
            Map.entry("Task_RenewalDecision", "契約を更新するか判断してください (Decide whether the contract is renewed)"),
            Map.entry("Task_ManagerRenewalDecision", "担当者の判断がないまま期間終了が近づいています。更新を判断してください (Undecided before the term ends: decide the renewal)"),
            // enablement.bpmn
            Map.entry("Task_ScheduledMeeting", "定例ミーティングの実施結果を記録してください (Record the scheduled meeting)"),
            Map.entry("Task_StakeholderHearing", "関係者ヒアリングの内容と相手の役割を記録してください (Record a stakeholder hearing and the person's role)"),
            Map.entry("Task_DialogueSession", "対話セッションの内容を記録してください (Record a dialogue session)"),
            Map.entry("Task_Blockage", "詰まっていることを言葉にして記録してください (Write down a blockage)"),
            Map.entry("Task_DialogueRequestGate", "対話ステージのゲート審査を依頼してください (Ask for the Dialogue stage-gate review)"),
            Map.entry("Task_DialogueGateReview", "対話ステージの出口基準の判定結果を確認し、審査してください (Review the Dialogue gate against its exit criteria)"),
            Map.entry("Task_DialogueOverride", "未達の基準があります。通過を承認するか判断してください (Approve passing Dialogue with unmet criteria?)"),
            Map.entry("Task_IssueMap", "論点マップを記録してください (Record the issue map)"),
            Map.entry("Task_DecisionPoint", "判断ポイントと選択肢を記録してください (Record a decision point and its options)"),
            Map.entry("Task_ThemePriority", "最初のテーマと優先度の合意を記録してください (Record the first theme and its priority)"),
            Map.entry("Task_InsightRequestGate", "気づきステージのゲート審査を依頼してください (Ask for the Insight stage-gate review)"),
            Map.entry("Task_InsightGateReview", "気づきステージの出口基準の判定結果を確認し、審査してください (Review the Insight gate against its exit criteria)"),
            Map.entry("Task_InsightOverride", "未達の基準があります。通過を承認するか判断してください (Approve passing Insight with unmet criteria?)"),
            Map.entry("Task_Action", "アクションと担当者・期日を記録してください (Record an action with its owner and due date)"),
            Map.entry("Task_AttendedMeeting", "参加した会議と、決定に至ったかを記録してください (Record a meeting attended and whether it decided)"),
            Map.entry("Task_BuyInRequestGate", "腹落ちステージのゲート審査を依頼してください (Ask for the Buy-in stage-gate review)"),
            Map.entry("Task_BuyInGateReview", "腹落ちステージの出口基準の判定結果を確認し、審査してください (Review the Buy-in gate against its exit criteria)"),
            Map.entry("Task_BuyInOverride", "未達の基準があります。通過を承認するか判断してください (Approve passing Buy-in with unmet criteria?)"),
            Map.entry("Task_DocumentedRule", "文書化された判断基準・役割を記録してください (Record decision criteria and roles documented)"),
            Map.entry("Task_ReviewCycle", "レビューサイクルの実施を記録してください (Record a review cycle)"),
            Map.entry("Task_InternalPromoter", "社内推進者を記録してください (Name the internal promoter)"),
            Map.entry("Task_SupportWeight", "今後の月ごとの支援の重みを計画してください (Plan the support weight per month)"),
            Map.entry("Task_SelfPropelledRequestGate", "自走化ステージのゲート審査を依頼してください (Ask for the Self-propelled stage-gate review)"),
            Map.entry("Task_SelfPropelledGateReview", "自走化ステージの出口基準の判定結果を確認し、審査してください (Review the Self-propelled gate against its exit criteria)"),
            Map.entry("Task_SelfPropelledOverride", "未達の基準があります。通過を承認するか判断してください (Approve passing Self-propelled with unmet criteria?)"),
            // consultation.bpmn, over-cap-approval.bpmn
            Map.entry("Task_Reply", "相談に返信してください (Reply to the consultation)"),
            Map.entry("Task_EscalateLateReply", "返信期限を過ぎた相談への対応を決めてください (Decide how to handle the late reply)"),
            Map.entry("Task_ApproveOverCap", "月の上限を超える工数を承認するか判断してください (Approve or decline hours over the monthly cap)"));

    private TaskDescriptions() {
    }

    /** The description for a new task, or empty when the process has already given it one. */
    static Optional<String> describe(DelegateTask task, Optional<Engagement> engagement) {
        if (task.getDescription() != null && !task.getDescription().isBlank()) {
            return Optional.empty();
        }
        StringBuilder description = new StringBuilder();
        engagement.ifPresent(found -> description.append(found.caseNumber()).append(' ')
                .append(found.organisation()).append(" — "));
        description.append(ASKED.getOrDefault(task.getTaskDefinitionKey(), task.getName()));
        Object summary = task.getVariable("entrySummary");
        if (summary instanceof String text && !text.isBlank()) {
            description.append('\n').append(text);
        }
        return Optional.of(description.toString());
    }

    static boolean knows(String taskDefinitionKey) {
        return ASKED.containsKey(taskDefinitionKey);
    }
}
