package jp.bansou.enablement;

import static jp.bansou.platform.Jdbc.date;
import static jp.bansou.platform.Jdbc.enumValue;
import static jp.bansou.platform.Jdbc.instant;
import static jp.bansou.platform.Jdbc.integer;
import static jp.bansou.platform.Jdbc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.bansou.enablement.EnablementRecords.ActionItem;
import jp.bansou.enablement.EnablementRecords.AttendedMeeting;
import jp.bansou.enablement.EnablementRecords.Blockage;
import jp.bansou.enablement.EnablementRecords.DecisionPoint;
import jp.bansou.enablement.EnablementRecords.DialogueSession;
import jp.bansou.enablement.EnablementRecords.DocumentedRule;
import jp.bansou.enablement.EnablementRecords.InternalPromoter;
import jp.bansou.enablement.EnablementRecords.IssueMapEntry;
import jp.bansou.enablement.EnablementRecords.ReviewCycle;
import jp.bansou.enablement.EnablementRecords.ScheduledMeetingMinutes;
import jp.bansou.enablement.EnablementRecords.StakeholderHearing;
import jp.bansou.enablement.EnablementRecords.SupportWeight;
import jp.bansou.enablement.EnablementRecords.ThemePriority;
import jp.bansou.enablement.Evidence.HeldMeeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class EnablementRepository {

    private final JdbcClient jdbc;

    EnablementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- the flow

    void insertEnablement(String caseNumber, Stage stage, Instant at) {
        jdbc.sql("""
                INSERT INTO enablement (case_number, stage, started_at, stage_entered_at)
                VALUES (:caseNumber, :stage, :at, :at)""")
                .param("caseNumber", caseNumber).param("stage", stage.name())
                .param("at", utc(at))
                .update();
    }

    Optional<Enablement> findEnablement(String caseNumber) {
        return jdbc.sql("SELECT * FROM enablement WHERE case_number = :caseNumber")
                .param("caseNumber", caseNumber)
                .query((rs, row) -> new Enablement(rs.getString("case_number"), enumValue(rs, "stage", Stage.class), instant(rs, "started_at"),
                        instant(rs, "stage_entered_at"), instant(rs, "completed_at"), instant(rs, "ended_at")))
                .optional();
    }

    void enterStage(String caseNumber, Stage stage, Instant at) {
        jdbc.sql("UPDATE enablement SET stage = :stage, stage_entered_at = :at WHERE case_number = :caseNumber")
                .param("stage", stage.name()).param("at", utc(at)).param("caseNumber", caseNumber).update();
    }

    void complete(String caseNumber, Instant at) {
        jdbc.sql("UPDATE enablement SET completed_at = :at WHERE case_number = :caseNumber")
                .param("at", utc(at)).param("caseNumber", caseNumber).update();
    }

    void end(String caseNumber, Instant at) {
        jdbc.sql("UPDATE enablement SET ended_at = :at WHERE case_number = :caseNumber AND ended_at IS NULL")
                .param("at", utc(at)).param("caseNumber", caseNumber).update();
    }

    // --- records

    void insertHearing(String caseNumber, StakeholderHearing hearing, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO stakeholder_hearing (case_number, stakeholder, stakeholder_role, held_on, notes,
                                                 recorded_by, recorded_at)
                VALUES (:caseNumber, :stakeholder, :role, :heldOn, :notes, :by, :at)""")
                .param("caseNumber", caseNumber).param("stakeholder", hearing.stakeholder())
                .param("role", hearing.role().name()).param("heldOn", hearing.heldOn()).param("notes", hearing.notes())
                .param("by", by).param("at", utc(at))
                .update();
    }

    void insertSession(String caseNumber, DialogueSession session, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO dialogue_session (case_number, held_on, participants, notes, recorded_by, recorded_at)
                VALUES (:caseNumber, :heldOn, :participants, :notes, :by, :at)""")
                .param("caseNumber", caseNumber).param("heldOn", session.heldOn())
                .param("participants", session.participants()).param("notes", session.notes())
                .param("by", by).param("at", utc(at))
                .update();
    }

    void insertBlockage(String caseNumber, Blockage blockage, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO blockage (case_number, area, description, recorded_by, recorded_at)
                VALUES (:caseNumber, :area, :description, :by, :at)""")
                .param("caseNumber", caseNumber).param("area", blockage.area().name())
                .param("description", blockage.description()).param("by", by).param("at", utc(at))
                .update();
    }

    void insertIssue(String caseNumber, IssueMapEntry issue, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO issue_map_entry (case_number, area, issue, root_cause, recorded_by, recorded_at)
                VALUES (:caseNumber, :area, :issue, :rootCause, :by, :at)""")
                .param("caseNumber", caseNumber).param("area", issue.area().name()).param("issue", issue.issue())
                .param("rootCause", issue.rootCause()).param("by", by).param("at", utc(at))
                .update();
    }

    void insertDecisionPoint(String caseNumber, DecisionPoint point, String by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO decision_point (case_number, question, decision_owner, recorded_by, recorded_at)
                VALUES (:caseNumber, :question, :owner, :by, :at)""")
                .param("caseNumber", caseNumber).param("question", point.question())
                .param("owner", point.decisionOwner()).param("by", by).param("at", utc(at))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < point.options().size(); i++) {
            jdbc.sql("INSERT INTO decision_option (decision_point_id, seq, description) VALUES (:id, :seq, :text)")
                    .param("id", id).param("seq", i + 1).param("text", point.options().get(i))
                    .update();
        }
    }

    void insertTheme(String caseNumber, ThemePriority theme, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO theme_priority (case_number, theme, priority, agreed_with, agreed_on, recorded_by,
                                            recorded_at)
                VALUES (:caseNumber, :theme, :priority, :agreedWith, :agreedOn, :by, :at)""")
                .param("caseNumber", caseNumber).param("theme", theme.theme()).param("priority", theme.priority())
                .param("agreedWith", theme.agreedWith()).param("agreedOn", theme.agreedOn())
                .param("by", by).param("at", utc(at))
                .update();
    }

    void insertAction(String caseNumber, ActionItem action, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO action_item (case_number, action, owner, due_on, recorded_by, recorded_at)
                VALUES (:caseNumber, :action, :owner, :dueOn, :by, :at)""")
                .param("caseNumber", caseNumber).param("action", action.action()).param("owner", action.owner())
                .param("dueOn", action.dueOn()).param("by", by).param("at", utc(at))
                .update();
    }

    void insertAttendedMeeting(String caseNumber, Stage stage, AttendedMeeting meeting, String by, Instant at) {
        insertMeeting(caseNumber, stage, false, null, true, meeting.heldOn(), null, meeting.title(), meeting.notes(),
                meeting.endedInDecision(), meeting.decision(), null, by, at);
    }

    long insertScheduledMeeting(String caseNumber, Stage stage, String title, ScheduledMeetingMinutes meeting,
            Long timeEntryId, String by, Instant at) {
        return insertMeeting(caseNumber, stage, true, meeting.plannedOn(), meeting.held(), meeting.heldOn(),
                meeting.minutes(), title, meeting.notes(), meeting.endedInDecision(), meeting.decision(), timeEntryId,
                by, at);
    }

    private long insertMeeting(String caseNumber, Stage stage, boolean scheduled, LocalDate plannedOn, boolean held,
            LocalDate heldOn, Integer minutes, String title, String notes, boolean endedInDecision, String decision,
            Long timeEntryId, String by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO enablement_meeting (case_number, stage, scheduled, planned_on, held, held_on, minutes,
                                                title, notes, ended_in_decision, decision, time_entry_id, recorded_by,
                                                recorded_at)
                VALUES (:caseNumber, :stage, :scheduled, :plannedOn, :held, :heldOn, :minutes,
                        :title, :notes, :endedInDecision, :decision, :timeEntryId, :by, :at)""")
                .param("caseNumber", caseNumber).param("stage", stage.name()).param("scheduled", scheduled)
                .param("plannedOn", plannedOn).param("held", held).param("heldOn", heldOn).param("minutes", minutes)
                .param("title", title).param("notes", notes).param("endedInDecision", endedInDecision)
                .param("decision", decision).param("timeEntryId", timeEntryId).param("by", by).param("at", utc(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** How many records of each kind a case has, whatever stage they were recorded in. */
    Map<WorkItem, Integer> countRecords(String caseNumber) {
        Map<WorkItem, Integer> counts = new EnumMap<>(WorkItem.class);
        for (WorkItem item : WorkItem.values()) {
            if (item.table() != null) {
                String counted = item == WorkItem.SUPPORT_WEIGHT ? "COUNT(DISTINCT plan_month)" : "COUNT(*)";
                counts.put(item, jdbc.sql("SELECT " + counted + " FROM " + item.table() + " WHERE case_number = :c")
                        .param("c", caseNumber).query(Integer.class).single());
            }
        }
        counts.put(WorkItem.ATTENDED_MEETING, jdbc.sql(
                "SELECT COUNT(*) FROM enablement_meeting WHERE case_number = :c AND scheduled = FALSE")
                .param("c", caseNumber).query(Integer.class).single());
        return counts;
    }

    /** Flows still running (their contract has not ended) per current stage. */
    Map<Stage, Long> countRunningByStage() {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        jdbc.sql("SELECT stage, COUNT(*) AS n FROM enablement WHERE ended_at IS NULL GROUP BY stage")
                .query((rs, row) -> counts.put(Stage.valueOf(rs.getString("stage")), rs.getLong("n")))
                .list();
        return counts;
    }

    List<Meeting> findMeetings(String caseNumber) {
        return jdbc.sql("SELECT * FROM enablement_meeting WHERE case_number = :caseNumber ORDER BY id")
                .param("caseNumber", caseNumber)
                .query((rs, row) -> new Meeting(rs.getLong("id"), rs.getString("case_number"),
                        enumValue(rs, "stage", Stage.class), rs.getBoolean("scheduled"), date(rs, "planned_on"),
                        rs.getBoolean("held"), date(rs, "held_on"), integer(rs, "minutes"),
                        rs.getString("title"), rs.getString("notes"), rs.getBoolean("ended_in_decision"),
                        rs.getString("decision"), longValue(rs, "time_entry_id"), rs.getString("recorded_by"),
                        instant(rs, "recorded_at")))
                .list();
    }

    void insertRule(String caseNumber, DocumentedRule rule, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO documented_rule (case_number, kind, title, summary, kept_at, recorded_by, recorded_at)
                VALUES (:caseNumber, :kind, :title, :summary, :keptAt, :by, :at)""")
                .param("caseNumber", caseNumber).param("kind", rule.kind().name()).param("title", rule.title())
                .param("summary", rule.summary()).param("keptAt", rule.keptAt()).param("by", by).param("at", utc(at))
                .update();
    }

    void insertReview(String caseNumber, ReviewCycle review, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO review_cycle (case_number, held_on, without_consultant, notes, recorded_by, recorded_at)
                VALUES (:caseNumber, :heldOn, :without, :notes, :by, :at)""")
                .param("caseNumber", caseNumber).param("heldOn", review.heldOn())
                .param("without", review.withoutConsultant()).param("notes", review.notes())
                .param("by", by).param("at", utc(at))
                .update();
    }

    void insertPromoter(String caseNumber, InternalPromoter promoter, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO internal_promoter (case_number, name, position, named_on, recorded_by, recorded_at)
                VALUES (:caseNumber, :name, :position, :namedOn, :by, :at)""")
                .param("caseNumber", caseNumber).param("name", promoter.name()).param("position", promoter.position())
                .param("namedOn", promoter.namedOn()).param("by", by).param("at", utc(at))
                .update();
    }

    void insertSupportWeight(String caseNumber, SupportWeight weight, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO support_weight_plan (case_number, plan_month, planned_hours, note, recorded_by, recorded_at)
                VALUES (:caseNumber, :month, :hours, :note, :by, :at)""")
                .param("caseNumber", caseNumber).param("month", weight.month().atDay(1))
                .param("hours", weight.plannedHours()).param("note", weight.note()).param("by", by)
                .param("at", utc(at))
                .update();
    }

    /** The planned support weight of each month, the latest plan of a month replacing the earlier ones. */
    List<SupportWeight> findSupportWeights(String caseNumber) {
        Map<YearMonth, SupportWeight> latest = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM support_weight_plan WHERE case_number = :caseNumber ORDER BY plan_month, id")
                .param("caseNumber", caseNumber)
                .query((rs, row) -> new SupportWeight(YearMonth.from(date(rs, "plan_month")), rs.getInt("planned_hours"),
                        rs.getString("note")))
                .list()
                .forEach(weight -> latest.put(weight.month(), weight));
        return List.copyOf(latest.values());
    }

    Evidence evidence(String caseNumber) {
        return new Evidence(
                jdbc.sql("SELECT * FROM stakeholder_hearing WHERE case_number = :c ORDER BY held_on, id")
                        .param("c", caseNumber)
                        .query((rs, row) -> new StakeholderHearing(rs.getString("stakeholder"),
                                enumValue(rs, "stakeholder_role", StakeholderRole.class), date(rs, "held_on"),
                                rs.getString("notes")))
                        .list(),
                jdbc.sql("SELECT * FROM blockage WHERE case_number = :c ORDER BY id").param("c", caseNumber)
                        .query((rs, row) -> new Blockage(enumValue(rs, "area", SupportArea.class),
                                rs.getString("description")))
                        .list(),
                decisionPoints(caseNumber),
                jdbc.sql("SELECT * FROM theme_priority WHERE case_number = :c ORDER BY id").param("c", caseNumber)
                        .query((rs, row) -> new ThemePriority(rs.getString("theme"), rs.getInt("priority"),
                                rs.getString("agreed_with"), date(rs, "agreed_on")))
                        .list(),
                jdbc.sql("SELECT * FROM action_item WHERE case_number = :c ORDER BY id").param("c", caseNumber)
                        .query((rs, row) -> new ActionItem(rs.getString("action"), rs.getString("owner"),
                                date(rs, "due_on")))
                        .list(),
                jdbc.sql("""
                        SELECT * FROM enablement_meeting WHERE case_number = :c AND held = TRUE
                        ORDER BY held_on, id""").param("c", caseNumber)
                        .query((rs, row) -> new HeldMeeting(date(rs, "held_on"), rs.getBoolean("scheduled"),
                                rs.getBoolean("ended_in_decision")))
                        .list(),
                jdbc.sql("SELECT * FROM review_cycle WHERE case_number = :c ORDER BY held_on, id").param("c", caseNumber)
                        .query((rs, row) -> new ReviewCycle(date(rs, "held_on"), rs.getBoolean("without_consultant"),
                                rs.getString("notes")))
                        .list(),
                jdbc.sql("SELECT * FROM internal_promoter WHERE case_number = :c ORDER BY id").param("c", caseNumber)
                        .query((rs, row) -> new InternalPromoter(rs.getString("name"), rs.getString("position"),
                                date(rs, "named_on")))
                        .list());
    }

    private List<DecisionPoint> decisionPoints(String caseNumber) {
        record Point(long id, String question, String owner) {
        }
        return jdbc.sql("SELECT * FROM decision_point WHERE case_number = :c ORDER BY id").param("c", caseNumber)
                .query((rs, row) -> new Point(rs.getLong("id"), rs.getString("question"), rs.getString("decision_owner")))
                .list().stream()
                .map(point -> new DecisionPoint(point.question(), point.owner(),
                        jdbc.sql("SELECT description FROM decision_option WHERE decision_point_id = :id ORDER BY seq")
                                .param("id", point.id()).query(String.class).list()))
                .toList();
    }

    // --- gates

    long insertGate(String caseNumber, Stage stage, Instant checkedAt, boolean criteriaMet, String requestNote,
            List<CriterionResult> results) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM stage_gate WHERE case_number = :caseNumber")
                .param("caseNumber", caseNumber).query(Integer.class).single();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO stage_gate (case_number, seq, stage, checked_at, criteria_met, request_note)
                VALUES (:caseNumber, :seq, :stage, :checkedAt, :met, :requestNote)""")
                .param("caseNumber", caseNumber).param("seq", seq).param("stage", stage.name())
                .param("checkedAt", utc(checkedAt)).param("met", criteriaMet).param("requestNote", requestNote)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < results.size(); i++) {
            CriterionResult result = results.get(i);
            jdbc.sql("""
                    INSERT INTO stage_gate_criterion (gate_id, seq, code, description, met, detail)
                    VALUES (:id, :seq, :code, :description, :met, :detail)""")
                    .param("id", id).param("seq", i + 1).param("code", result.code())
                    .param("description", result.description()).param("met", result.met())
                    .param("detail", result.detail())
                    .update();
        }
        return id;
    }

    Optional<StageGate> findGate(long id) {
        return jdbc.sql("SELECT * FROM stage_gate WHERE id = :id").param("id", id)
                .query(EnablementRepository::gate).optional()
                .map(gate -> gate.with(criteria(gate.id()), hoursTrend(gate.id())));
    }

    List<StageGate> findGates(String caseNumber) {
        return jdbc.sql("SELECT * FROM stage_gate WHERE case_number = :caseNumber ORDER BY seq")
                .param("caseNumber", caseNumber).query(EnablementRepository::gate).list().stream()
                .map(gate -> gate.with(criteria(gate.id()), hoursTrend(gate.id())))
                .toList();
    }

    void decideGate(long id, GateOutcome outcome, LocalDate decidedOn, Instant decidedAt, String decidedBy,
            String clientAttendees, String note, LocalDate recheckOn) {
        jdbc.sql("""
                UPDATE stage_gate SET outcome = :outcome, decided_on = :decidedOn, decided_at = :decidedAt,
                       decided_by = :decidedBy, client_attendees = :attendees, note = :note, recheck_on = :recheckOn
                WHERE id = :id AND outcome IS NULL""")
                .param("outcome", outcome.name()).param("decidedOn", decidedOn).param("decidedAt", utc(decidedAt))
                .param("decidedBy", decidedBy).param("attendees", clientAttendees).param("note", note)
                .param("recheckOn", recheckOn).param("id", id)
                .update();
    }

    void requestOverride(long id, String requestedBy, String request, String clientAttendees, String note) {
        jdbc.sql("""
                UPDATE stage_gate SET override_requested_by = :by, override_request = :request,
                       client_attendees = :attendees, note = :note
                WHERE id = :id""")
                .param("by", requestedBy).param("request", request).param("attendees", clientAttendees)
                .param("note", note).param("id", id)
                .update();
    }

    void decideOverride(long id, OverrideDecision decision, String by, String reason, Instant at) {
        jdbc.sql("""
                UPDATE stage_gate SET override_decision = :decision, override_by = :by, override_reason = :reason,
                       override_decided_at = :at
                WHERE id = :id""")
                .param("decision", decision.name()).param("by", by).param("reason", reason).param("at", utc(at))
                .param("id", id)
                .update();
    }

    void insertGateHours(long gateId, List<MonthHours> trend) {
        for (MonthHours month : trend) {
            jdbc.sql("""
                    INSERT INTO stage_gate_hours (gate_id, usage_month, cap_minutes, used_minutes, planned_hours)
                    VALUES (:id, :month, :cap, :used, :planned)""")
                    .param("id", gateId).param("month", month.month().atDay(1)).param("cap", month.capMinutes())
                    .param("used", month.usedMinutes()).param("planned", month.plannedHours())
                    .update();
        }
    }

    private List<MonthHours> hoursTrend(long gateId) {
        return jdbc.sql("SELECT * FROM stage_gate_hours WHERE gate_id = :id ORDER BY usage_month").param("id", gateId)
                .query((rs, row) -> new MonthHours(YearMonth.from(date(rs, "usage_month")), rs.getInt("cap_minutes"),
                        rs.getInt("used_minutes"), integer(rs, "planned_hours")))
                .list();
    }

    private List<CriterionResult> criteria(long gateId) {
        return jdbc.sql("SELECT * FROM stage_gate_criterion WHERE gate_id = :id ORDER BY seq").param("id", gateId)
                .query((rs, row) -> new CriterionResult(rs.getString("code"), rs.getString("description"),
                        rs.getBoolean("met"), rs.getString("detail")))
                .list();
    }

    private static Long longValue(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static StageGate gate(ResultSet rs, int row) throws SQLException {
        return new StageGate(rs.getLong("id"), rs.getString("case_number"), rs.getInt("seq"),
                enumValue(rs, "stage", Stage.class), instant(rs, "checked_at"), rs.getBoolean("criteria_met"),
                List.of(), rs.getString("request_note"), enumValue(rs, "outcome", GateOutcome.class),
                date(rs, "decided_on"), instant(rs, "decided_at"), rs.getString("decided_by"),
                rs.getString("client_attendees"), rs.getString("note"), date(rs, "recheck_on"),
                rs.getString("override_requested_by"), rs.getString("override_request"),
                enumValue(rs, "override_decision", OverrideDecision.class), rs.getString("override_by"),
                rs.getString("override_reason"), instant(rs, "override_decided_at"), List.of());
    }
}
