package jp.bansou.enablement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What the consultant records in each stage, as the forms collect it. */
final class EnablementRecords {

    private EnablementRecords() {
    }

    /** 関係者ヒアリング: one stakeholder heard. */
    record StakeholderHearing(String stakeholder, StakeholderRole role, LocalDate heldOn, String notes) {
    }

    /** 対話セッション: management and field talking together. */
    record DialogueSession(LocalDate heldOn, String participants, String notes) {
    }

    /** 詰まりの言語化: a blockage written down. */
    record Blockage(SupportArea area, String description) {
    }

    /** 論点マップ: one issue with its root cause. */
    record IssueMapEntry(SupportArea area, String issue, String rootCause) {
    }

    /** 判断ポイントと選択肢: a decision the client must take and the options it has. */
    record DecisionPoint(String question, String decisionOwner, List<String> options) {
    }

    /** 最初のテーマと優先度の合意: a theme and its priority (1 = first), agreed with the client. */
    record ThemePriority(String theme, int priority, String agreedWith, LocalDate agreedOn) {
    }

    /** アクションと担当・期日: an action owned by someone at the client, with a due date. */
    record ActionItem(String action, String owner, LocalDate dueOn) {
    }

    /** A meeting of the client's that the consultant attended in Buy-in. */
    record AttendedMeeting(LocalDate heldOn, String title, String notes, boolean endedInDecision, String decision) {
    }

    /** 定例ミーティング: the outcome of one meeting of the plan's cadence, planned for {@code plannedOn}. */
    record ScheduledMeetingMinutes(LocalDate plannedOn, boolean held, LocalDate heldOn, Integer minutes, String notes,
            boolean endedInDecision, String decision) {
    }

    /** 判断基準・役割の文書化: decision criteria or roles the client documented. */
    record DocumentedRule(RuleKind kind, String title, String summary, String keptAt) {
    }

    /** レビューサイクル: one run of the client's review cycle. */
    record ReviewCycle(LocalDate heldOn, boolean withoutConsultant, String notes) {
    }

    /** 社内推進者: the person inside the client who carries the cycle on. */
    record InternalPromoter(String name, String position, LocalDate namedOn) {
    }

    /** 支援の重みの計画: the hours of support planned for a month, tapering off towards self-propulsion. */
    record SupportWeight(YearMonth month, int plannedHours, String note) {
    }
}
