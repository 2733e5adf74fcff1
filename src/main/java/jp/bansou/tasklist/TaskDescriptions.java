package jp.bansou.tasklist;

import java.util.Map;
import java.util.Optional;

import jp.bansou.channel.TriageProcess;
import jp.bansou.consultation.ConsultationProcess;
import jp.bansou.enablement.EnablementProcess;
import jp.bansou.enablement.StageGateProcess;
import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.hours.CaseFiguresProcess;
import jp.bansou.hours.OverCapApprovalProcess;
import jp.bansou.hours.ReversalProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The description of a task as Tasklist shows it: the case, the client and what the task asks for, by task
 * definition key. Tasks whose process already describes them (e.g. the reply to a consultation) keep theirs.
 */
final class TaskDescriptions {

    private static final Map<String, String> ASKED = Map.ofEntries(
            // engagement.bpmn
            Map.entry(EngagementProcess.TASK_HEARING, "問い合わせ内容を確認してヒアリングを行い、結果を記録してください (Hear the client about the inquiry and record the answers)"),
            Map.entry(EngagementProcess.TASK_PROPOSE_SEPARATE_PROJECT, "支援範囲外の依頼です。別プロジェクトとしての提案内容を記録してください (Out of scope: record the separate project proposed)"),
            Map.entry(EngagementProcess.TASK_DECLINE, "お断りの理由と代替案を記録してください (Record why the case is declined and the alternative offered)"),
            Map.entry(EngagementProcess.TASK_PROPOSE_PLAN, "推奨プランを確認し、提案するプランを決めてください (Confirm or override the recommended plan)"),
            Map.entry(EngagementProcess.TASK_CLIENT_ANSWER, "提案に対するクライアントの回答を記録してください (Record the client's answer to the proposal)"),
            Map.entry(EngagementProcess.TASK_SPOT_SESSION, "スポットセッションの日付・時間・メモを記録してください (Record the spot session: date, minutes, notes)"),
            Map.entry(EngagementProcess.TASK_SPOT_WRAP_UP, "まとめと次の一歩を提案し、継続か終了かを記録してください (Wrap up and propose the next step)"),
            Map.entry(EngagementProcess.TASK_SIGN_CONTRACT, "契約のプラン・開始日・担当コンサルタントを記録してください (Record plan, start date and consultant of the contract)"),
            Map.entry(EngagementProcess.TASK_CLOSING_REPORT, "終了報告を作成してください (Write the closing report)"),
            Map.entry(EngagementProcess.TASK_TRIAL_REVIEW, "試行期間を振り返り、進め方が合っているか判断してください (Review the trial term: does the approach fit?)"),
            Map.entry(EngagementProcess.TASK_RENEWAL_DECISION, "契約を更新するか判断してください (Decide whether the contract is renewed)"),
            Map.entry(EngagementProcess.TASK_MANAGER_RENEWAL_DECISION, "担当者の判断がないまま期間終了が近づいています。更新を判断してください (Undecided before the term ends: decide the renewal)"),
            // enablement.bpmn
            Map.entry(EnablementProcess.TASK_SCHEDULED_MEETING, "定例ミーティングの実施結果を記録してください (Record the scheduled meeting)"),
            Map.entry(EnablementProcess.TASK_DIALOGUE_WORK, "対話ステージの作業（関係者ヒアリング・対話セッション・詰まり）を1件ずつ記録し、揃ったらゲート審査を依頼してください (Record the Dialogue work item by item, then ask for the gate review)"),
            Map.entry(EnablementProcess.TASK_INSIGHT_WORK, "気づきステージの作業（論点マップ・判断ポイント・最初のテーマ）を1件ずつ記録し、揃ったらゲート審査を依頼してください (Record the Insight work item by item, then ask for the gate review)"),
            Map.entry(EnablementProcess.TASK_BUY_IN_WORK, "腹落ちステージの作業（アクション・参加した会議）を1件ずつ記録し、揃ったらゲート審査を依頼してください (Record the Buy-in work item by item, then ask for the gate review)"),
            Map.entry(EnablementProcess.TASK_SELF_PROPELLED_WORK, "自走化ステージの作業（判断基準・役割、レビューサイクル、社内推進者、支援の重み）を1件ずつ記録し、揃ったらゲート審査を依頼してください (Record the Self-propelled work item by item, then ask for the gate review)"),
            // stage-gate.bpmn, called by each stage of enablement.bpmn (the forms show which stage)
            Map.entry(StageGateProcess.TASK_GATE_REVIEW, "ステージの出口基準の判定結果を確認し、クライアントと審査してください (Review the stage gate with the client against its exit criteria)"),
            Map.entry(StageGateProcess.TASK_GATE_OVERRIDE, "未達の基準があります。ステージの通過を承認するか判断してください (Approve passing the stage with unmet criteria?)"),
            // consultation.bpmn, over-cap-approval.bpmn
            Map.entry(ConsultationProcess.TASK_REPLY, "相談に返信してください (Reply to the consultation)"),
            Map.entry(ConsultationProcess.TASK_ESCALATE, "返信期限を過ぎた相談への対応を決めてください (Decide how to handle the late reply)"),
            Map.entry(EngagementProcess.TASK_PROPOSE_SPLIT_PROJECT, "依頼のうち支援範囲外の部分を別プロジェクトとして提案し、記録してください (Propose the out-of-scope part as a separate project)"),
            Map.entry(CaseFiguresProcess.TASK_REVIEW_FIGURES, "今月の工数とSLAの数値を確認してください (Review the month's hours and SLA figures)"),
            Map.entry(ReversalProcess.TASK_PICK_ENTRY, "取り消す工数を選んでください (Pick the time entry to reverse)"),
            Map.entry(TriageProcess.TASK_TRIAGE, "どの案件にも結びつかないメッセージです。案件に割り当てるか、相談ではないと判断してください (Assign the message to a case or mark it not a consultation)"),
            Map.entry(OverCapApprovalProcess.TASK_APPROVE_OVER_CAP, "月の上限を超える工数を承認するか判断してください (Approve or decline hours over the monthly cap)"));

    private TaskDescriptions() {
    }

    /**
     * The description for a new task: the case and client, then what is asked. A description the process gave
     * the task itself (e.g. the consultation's subject on a reply) is kept after the case; one that already names
     * the case is left as it is (empty).
     */
    static Optional<String> describe(DelegateTask task, Optional<Engagement> engagement) {
        String given = task.getDescription() == null || task.getDescription().isBlank() ? null : task.getDescription();
        if (given != null && (engagement.isEmpty() || given.startsWith(engagement.get().caseNumber()))) {
            return Optional.empty();
        }
        StringBuilder description = new StringBuilder();
        engagement.ifPresent(found -> description.append(found.caseNumber()).append(' ')
                .append(found.organisation()).append(" — "));
        description.append(given != null ? given : ASKED.getOrDefault(task.getTaskDefinitionKey(), task.getName()));
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
