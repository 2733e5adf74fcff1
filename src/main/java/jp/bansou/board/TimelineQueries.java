package jp.bansou.board;

import static jp.bansou.platform.Jdbc.bool;
import static jp.bansou.platform.Jdbc.date;
import static jp.bansou.platform.Jdbc.instant;
import static jp.bansou.platform.Jdbc.integer;
import static jp.bansou.platform.Jdbc.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.bansou.consultation.EscalationAction;
import jp.bansou.contract.ContractEnd;
import jp.bansou.contract.NoticeKind;
import jp.bansou.contract.Party;
import jp.bansou.contract.PlanChangeSource;
import jp.bansou.contract.RenewalDecision;
import jp.bansou.contract.TermKind;
import jp.bansou.enablement.GateOutcome;
import jp.bansou.enablement.OverrideDecision;
import jp.bansou.enablement.Stage;
import jp.bansou.engagement.ClientAnswer;
import jp.bansou.engagement.Outcome;
import jp.bansou.hours.OverCapDecision;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.platform.BusinessTime;
import jp.bansou.security.UserNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service's records of one case as timeline events, one query per kind of record. */
@Repository
class TimelineQueries {

    private final JdbcClient jdbc;
    private final UserNames names;

    TimelineQueries(JdbcClient jdbc, UserNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    List<TimelineEvent> events(String caseNumber) {
        List<TimelineEvent> events = new ArrayList<>();
        intake(caseNumber, events);
        contract(caseNumber, events);
        enablement(caseNumber, events);
        consultations(caseNumber, events);
        hours(caseNumber, events);
        return events;
    }

    private void intake(String caseNumber, List<TimelineEvent> events) {
        query("SELECT * FROM engagement WHERE case_number = :c", caseNumber, rs -> {
            events.add(event(instant(rs, "received_at"), "INQUIRY", "問い合わせ (Inquiry)",
                    rs.getString("organisation") + ": " + rs.getString("message"), null,
                    facts("contactName", rs.getString("contact_name"), "employeeCount", rs.getInt("employee_count"),
                            "preferredPace", rs.getString("preferred_pace"))));
            if (instant(rs, "closed_at") != null) {
                events.add(event(instant(rs, "closed_at"), "CASE_CLOSED", "案件終了 (Case closed)",
                        Labels.of(rs.getString("outcome"), Outcome::valueOf, Outcome::label), null,
                        facts("outcome", rs.getString("outcome"),
                                "note", rs.getString("outcome_note"))));
            }
        });
        query("SELECT * FROM hearing WHERE case_number = :c", caseNumber, rs -> events.add(event(
                instant(rs, "heard_at"), "HEARING", "ヒアリング (Initial hearing)", rs.getString("current_situation"),
                rs.getString("heard_by"), facts("desiredState", rs.getString("desired_state"),
                        "priorityIssues", rs.getString("priority_issues"), "pace", rs.getString("pace"),
                        "targetScope", rs.getString("target_scope"), "involvement", rs.getString("involvement"),
                        "requestedWork", rs.getString("requested_work")))));
        query("SELECT * FROM plan_proposal WHERE case_number = :c", caseNumber, rs -> {
            String recommended = rs.getString("recommended_plan");
            String proposed = rs.getString("proposed_plan");
            events.add(event(instant(rs, "proposed_at"), "PLAN_PROPOSED", "プラン提案 (Plan proposed)",
                    Labels.plan(proposed)
                            + (proposed.equals(recommended) ? "" : "、推奨 (recommended) " + Labels.plan(recommended)),
                    rs.getString("proposed_by"), facts("recommendedPlan", recommended, "proposedPlan", proposed,
                            "overrideReason", rs.getString("override_reason"), "spotHours", integer(rs, "spot_hours"))));
            if (instant(rs, "answered_at") != null) {
                events.add(event(instant(rs, "answered_at"), "CLIENT_ANSWER", "クライアントの回答 (Client's answer)",
                        Labels.of(rs.getString("client_answer"), ClientAnswer::valueOf, ClientAnswer::label), null,
                        facts("answer", rs.getString("client_answer"),
                                "note", rs.getString("answer_note"))));
            }
        });
        query("SELECT * FROM spot_session WHERE case_number = :c ORDER BY id", caseNumber, rs -> events.add(event(
                instant(rs, "recorded_at"), "SPOT_SESSION", "スポットセッション (Spot session)",
                date(rs, "held_on") + ": " + rs.getString("notes"), rs.getString("recorded_by"),
                facts("heldOn", date(rs, "held_on"), "minutes", rs.getInt("minutes")))));
        query("SELECT * FROM spot_wrap_up WHERE case_number = :c", caseNumber, rs -> events.add(event(
                instant(rs, "recorded_at"), "SPOT_WRAP_UP", "まとめと次の一歩の提案 (Wrap-up and next step)",
                rs.getString("next_step"), rs.getString("recorded_by"), facts("summary", rs.getString("summary"),
                        "proposedPlan", rs.getString("proposed_plan"), "clientAgreed", rs.getBoolean("client_agreed")))));
        query("SELECT * FROM closing_report WHERE case_number = :c", caseNumber, rs -> events.add(event(
                instant(rs, "reported_at"), "CLOSING_REPORT", "終了報告 (Closing report)", rs.getString("summary"),
                rs.getString("reported_by"), facts("clientState", rs.getString("client_state"),
                        "nextSteps", rs.getString("next_steps")))));
    }

    private void contract(String caseNumber, List<TimelineEvent> events) {
        query("SELECT * FROM contract WHERE case_number = :c", caseNumber, rs -> {
            events.add(event(instant(rs, "signed_at"), "CONTRACT_SIGNED", "契約締結 (Contract signed)",
                    "開始 (starts) " + date(rs, "starts_on") + "、担当 (consultant) "
                            + names.shown(rs.getString("consultant")),
                    rs.getString("signed_by"), facts("startsOn", date(rs, "starts_on"),
                            "consultant", rs.getString("consultant"))));
            LocalDate ended = date(rs, "ended_on");
            if (ended != null) {
                events.add(event(startOfDay(ended.plusDays(1)), "CONTRACT_ENDED", "契約終了 (Contract ended)",
                        "最終日 (last day) " + ended + ": "
                                + Labels.of(rs.getString("end_reason"), ContractEnd::valueOf, ContractEnd::label), null,
                        facts("endedOn", ended, "reason", rs.getString("end_reason"))));
            }
        });
        query("""
                SELECT t.* FROM contract_term t JOIN contract c ON c.id = t.contract_id
                WHERE c.case_number = :c ORDER BY t.seq""", caseNumber, rs -> {
            String kind = rs.getString("kind");
            events.add(event(startOfDay(date(rs, "starts_on")), "TERM_STARTED",
                    "契約期間 " + rs.getInt("seq") + " 開始 (Term " + rs.getInt("seq") + " started)",
                    Labels.of(kind, TermKind::valueOf, TermKind::label) + " " + date(rs, "starts_on") + " – "
                            + date(rs, "ends_on"), null,
                    facts("seq", rs.getInt("seq"), "kind", kind, "startsOn", date(rs, "starts_on"),
                            "endsOn", date(rs, "ends_on"))));
            if (instant(rs, "decided_at") != null) {
                events.add(event(instant(rs, "decided_at"), "TERM_DECIDED",
                        ("TRIAL".equals(kind) ? "試行期間レビュー (Trial review)" : "契約更新判断 (Renewal decision)")
                                + ": " + Labels.of(rs.getString("decision"), RenewalDecision::valueOf,
                                        RenewalDecision::label),
                        rs.getString("decision_note"), rs.getString("decided_by"),
                        facts("seq", rs.getInt("seq"), "decision", rs.getString("decision"),
                                "nextPlan", rs.getString("next_plan"), "approachFits", bool(rs, "approach_fits"))));
            }
        });
        query("""
                SELECT p.* FROM plan_period p JOIN contract c ON c.id = p.contract_id
                WHERE c.case_number = :c ORDER BY p.effective_from, p.id""", caseNumber, rs -> events.add(event(
                instant(rs, "recorded_at"), "PLAN_PERIOD", "プラン (Plan): " + Labels.plan(rs.getString("plan")),
                "適用開始 (from) " + date(rs, "effective_from") + "、"
                        + Labels.of(rs.getString("source"), PlanChangeSource::valueOf, PlanChangeSource::label), null,
                facts("plan", rs.getString("plan"), "effectiveFrom", date(rs, "effective_from"),
                        "source", rs.getString("source")))));
        query("""
                SELECT n.* FROM notice n JOIN contract c ON c.id = n.contract_id
                WHERE c.case_number = :c ORDER BY n.id""", caseNumber, rs -> {
            String kind = Labels.of(rs.getString("kind"), NoticeKind::valueOf, NoticeKind::label);
            Map<String, Object> facts = facts("kind", rs.getString("kind"), "party", rs.getString("party"),
                    "noticeDate", date(rs, "notice_date"), "effectiveOn", date(rs, "effective_on"),
                    "newPlan", rs.getString("new_plan"));
            events.add(event(instant(rs, "recorded_at"), "NOTICE", kind,
                    Labels.of(rs.getString("party"), Party::valueOf, Party::label) + ": " + rs.getString("reason")
                            + "、効力発生 (effective) "
                            + date(rs, "effective_on"), rs.getString("recorded_by"), facts));
            if (instant(rs, "applied_at") != null) {
                events.add(event(instant(rs, "applied_at"), "NOTICE_APPLIED", kind + " 適用 (applied)",
                        "効力発生 (effective) " + date(rs, "effective_on"), null, facts));
            }
        });
    }

    private void enablement(String caseNumber, List<TimelineEvent> events) {
        query("SELECT * FROM enablement WHERE case_number = :c", caseNumber, rs -> events.add(event(
                instant(rs, "started_at"), "ENABLEMENT_STARTED", "伴走支援の4ステップ開始 (Enablement started)",
                null, null, facts())));
        Map<Long, List<Map<String, Object>>> criteria = new HashMap<>();
        query("""
                SELECT k.* FROM stage_gate_criterion k JOIN stage_gate g ON g.id = k.gate_id
                WHERE g.case_number = :c ORDER BY k.gate_id, k.seq""", caseNumber, rs -> criteria
                .computeIfAbsent(rs.getLong("gate_id"), id -> new ArrayList<>())
                .add(facts("code", rs.getString("code"), "description", rs.getString("description"),
                        "met", rs.getBoolean("met"), "detail", rs.getString("detail"))));
        query("SELECT * FROM stage_gate WHERE case_number = :c ORDER BY seq", caseNumber, rs -> {
            List<Map<String, Object>> gateCriteria = criteria.getOrDefault(rs.getLong("id"), List.of());
            long unmet = gateCriteria.stream().filter(c -> !Boolean.TRUE.equals(c.get("met"))).count();
            String stage = rs.getString("stage");
            String stageLabel = Labels.of(stage, Stage::valueOf, Stage::label);
            events.add(event(instant(rs, "checked_at"), "GATE_CHECKED",
                    "ステージゲート審査 (Stage-gate review): " + stageLabel,
                    rs.getBoolean("criteria_met") ? "基準すべて達成 (all criteria met)"
                            : "未達 " + unmet + " 件 (" + unmet + " criteria unmet)",
                    null, facts("stage", stage, "criteriaMet", rs.getBoolean("criteria_met"),
                            "criteria", gateCriteria, "requestNote", rs.getString("request_note"))));
            if (instant(rs, "override_decided_at") != null) {
                events.add(event(instant(rs, "override_decided_at"), "GATE_OVERRIDE",
                        "基準未達の通過承認 (Override of unmet criteria): "
                                + Labels.of(rs.getString("override_decision"), OverrideDecision::valueOf,
                                        OverrideDecision::label),
                        rs.getString("override_reason"), rs.getString("override_by"),
                        facts("stage", stage, "requestedBy", rs.getString("override_requested_by"),
                                "request", rs.getString("override_request"))));
            }
            if (instant(rs, "decided_at") != null) {
                String outcome = rs.getString("outcome");
                events.add(event(instant(rs, "decided_at"), "GATE_DECIDED",
                        "ゲート判定 (Gate outcome): " + stageLabel + " → "
                                + Labels.of(outcome, GateOutcome::valueOf, GateOutcome::label),
                        rs.getString("note"), rs.getString("decided_by"),
                        facts("stage", stage, "outcome", outcome, "decidedOn", date(rs, "decided_on"),
                                "recheckOn", date(rs, "recheck_on"), "clientAttendees", rs.getString("client_attendees"),
                                "criteria", gateCriteria)));
            }
        });
        query("SELECT * FROM enablement_meeting WHERE case_number = :c AND held = TRUE ORDER BY id", caseNumber,
                rs -> events.add(event(instant(rs, "recorded_at"), "MEETING_HELD",
                        (rs.getBoolean("scheduled") ? "定例ミーティング (Scheduled meeting)" : "会議 (Meeting)") + ": "
                                + rs.getString("title"),
                        rs.getBoolean("ended_in_decision") ? "決定 (Decided): " + rs.getString("decision")
                                : "決定なし (No decision)",
                        rs.getString("recorded_by"), facts("heldOn", date(rs, "held_on"),
                                "plannedOn", date(rs, "planned_on"), "minutes", integer(rs, "minutes"),
                                "stage", rs.getString("stage"), "endedInDecision", rs.getBoolean("ended_in_decision")))));
        query("SELECT * FROM review_cycle WHERE case_number = :c ORDER BY id", caseNumber, rs -> events.add(event(
                instant(rs, "recorded_at"), "REVIEW_CYCLE",
                rs.getBoolean("without_consultant") ? "クライアント自走のレビュー (Review run by the client alone)"
                        : "レビュー (Review cycle)", rs.getString("notes"), rs.getString("recorded_by"),
                facts("heldOn", date(rs, "held_on"), "withoutConsultant", rs.getBoolean("without_consultant")))));
    }

    private void consultations(String caseNumber, List<TimelineEvent> events) {
        query("SELECT * FROM consultation WHERE case_number = :c ORDER BY id", caseNumber, rs -> {
            long id = rs.getLong("id");
            Instant due = instant(rs, "due_at");
            Instant replied = instant(rs, "replied_at");
            Instant breached = instant(rs, "breached_at");
            events.add(event(instant(rs, "received_at"), "CONSULTATION_RECEIVED",
                    "日常の相談 (Consultation) #" + id + " 受付 (received)", rs.getString("subject"), null,
                    facts("consultationId", id, "channel", rs.getString("channel"), "sender", rs.getString("sender"),
                            "plan", rs.getString("plan"), "dueAt", due, "repliedAt", replied,
                            "breached", breached != null || (replied != null && replied.isAfter(due)))));
            if (breached != null) {
                events.add(event(breached, "CONSULTATION_BREACHED",
                        "返信期限超過 (Reply overdue) #" + id, "期限 (due) " + due, null,
                        facts("consultationId", id, "dueAt", due)));
            }
            if (replied != null) {
                Integer delay = integer(rs, "reply_delay_minutes");
                events.add(event(replied, "CONSULTATION_REPLIED", "返信 (Reply) #" + id,
                        delay == null ? "期限内 (in time)" : "遅延 " + delay + " 営業分 (late by " + delay
                                + " business minutes)", rs.getString("replied_by"),
                        facts("consultationId", id, "dueAt", due, "minutes", integer(rs, "reply_minutes"),
                                "delayMinutes", delay, "summary", rs.getString("reply_summary"))));
            }
            if (instant(rs, "escalation_handled_at") != null) {
                String note = rs.getString("escalation_note");
                events.add(event(instant(rs, "escalation_handled_at"), "ESCALATION_HANDLED",
                        "返信遅延エスカレーション対応 (Escalation handled) #" + id,
                        Labels.of(rs.getString("escalation_action"), EscalationAction::valueOf, EscalationAction::label)
                                + (note == null ? "" : ": " + note),
                        rs.getString("escalation_handled_by"),
                        facts("consultationId", id, "action", rs.getString("escalation_action"))));
            }
        });
    }

    private void hours(String caseNumber, List<TimelineEvent> events) {
        query("""
                SELECT e.*, d.decision, d.reason, d.decided_by, d.decided_at FROM time_entry e
                LEFT JOIN over_cap_decision d ON d.entry_id = e.id
                WHERE e.case_number = :c ORDER BY e.id""", caseNumber, rs -> {
            long id = rs.getLong("id");
            Long reverses = nullableLong(rs, "reverses_id");
            boolean reversal = reverses != null;
            int minutes = rs.getInt("minutes");
            events.add(event(instant(rs, "recorded_at"), reversal ? "TIME_REVERSAL" : "TIME_ENTRY",
                    reversal ? "工数取消 (Reversal) #" + id + " → #" + reverses
                            : "工数 (Time entry) #" + id + " "
                                    + Labels.of(rs.getString("category"), TimeEntryCategory::valueOf,
                                            TimeEntryCategory::label),
                    date(rs, "work_date") + " " + minutes + " 分 (min)"
                            + (rs.getBoolean("held") && !reversal ? "、超過承認待ち (held for over-cap approval)" : ""),
                    rs.getString("recorded_by"), facts("entryId", id, "reverses", reversal ? reverses : null,
                            "workDate", date(rs, "work_date"), "minutes", minutes,
                            "category", rs.getString("category"), "consultant", rs.getString("consultant"),
                            "held", rs.getBoolean("held"), "note", rs.getString("note"))));
            if (instant(rs, "decided_at") != null) {
                events.add(event(instant(rs, "decided_at"), "OVER_CAP_DECISION",
                        "超過承認 (Over-cap decision) #" + id + ": "
                                + Labels.of(rs.getString("decision"), OverCapDecision::valueOf, OverCapDecision::label),
                        rs.getString("reason"),
                        rs.getString("decided_by"), facts("entryId", id, "decision", rs.getString("decision"),
                                "minutes", minutes)));
            }
        });
        query("SELECT * FROM monthly_close WHERE case_number = :c ORDER BY month_start", caseNumber, rs -> {
            LocalDate month = date(rs, "month_start");
            events.add(event(instant(rs, "closed_at"), "MONTHLY_CLOSE",
                    "月次締め (Monthly close) " + month.toString().substring(0, 7),
                    "使用 " + rs.getInt("used_minutes") + " / 上限 " + rs.getInt("cap_minutes") + " 分 (used / cap, min)",
                    null, facts("month", month.toString().substring(0, 7), "capMinutes", rs.getInt("cap_minutes"),
                            "usedMinutes", rs.getInt("used_minutes"), "pendingMinutes", rs.getInt("pending_minutes"),
                            "scheduledMeetingsHeld", rs.getInt("scheduled_meetings_held"),
                            "scheduledMeetingsPlanned", rs.getInt("scheduled_meetings_planned"),
                            "slaConsultations", integer(rs, "sla_consultations"),
                            "slaRepliedInTime", integer(rs, "sla_replied_in_time"),
                            "slaBreached", integer(rs, "sla_breached"))));
        });
    }

    private void query(String sql, String caseNumber, Row row) {
        jdbc.sql(sql).param("c", caseNumber).query((rs, n) -> {
            row.read(rs);
            return Boolean.TRUE;
        }).list();
    }

    private static TimelineEvent event(Instant at, String kind, String title, String summary, String actor,
            Map<String, Object> details) {
        return new TimelineEvent(at, kind, title, summary, actor, TimelineEvent.SERVICE, details);
    }

    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** Key-value pairs in order, without the null values. */
    static Map<String, Object> facts(Object... pairs) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                facts.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return facts;
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }
}
