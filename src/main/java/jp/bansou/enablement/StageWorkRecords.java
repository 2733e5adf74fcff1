package jp.bansou.enablement;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import jp.bansou.enablement.EnablementRecords.ActionItem;
import jp.bansou.enablement.EnablementRecords.AttendedMeeting;
import jp.bansou.enablement.EnablementRecords.Blockage;
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

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * What the consultant records on the stages' work tasks (and the meetings of every stage): rows that are only ever
 * added, one table per kind, each row with who recorded it and when. Spring Data JDBC writes and reads them; the
 * decision points, which have options, are {@link DecisionPoints}.
 */
@Component
class StageWorkRecords {

    private static final Sort OLDEST_FIRST = Sort.by("id");
    private static final Sort BY_DAY_HELD = Sort.by("heldOn", "id");

    /** The row type of each kind of record counted on the work task; decision points and meetings are counted apart. */
    private static final Map<WorkItem, Class<?>> ROWS = Map.of(
            WorkItem.STAKEHOLDER_HEARING, HearingRow.class,
            WorkItem.DIALOGUE_SESSION, SessionRow.class,
            WorkItem.BLOCKAGE, BlockageRow.class,
            WorkItem.ISSUE, IssueRow.class,
            WorkItem.THEME_PRIORITY, ThemeRow.class,
            WorkItem.ACTION, ActionRow.class,
            WorkItem.DOCUMENTED_RULE, RuleRow.class,
            WorkItem.REVIEW_CYCLE, ReviewRow.class,
            WorkItem.INTERNAL_PROMOTER, PromoterRow.class);

    private final JdbcAggregateOperations aggregates;
    private final DecisionPoints decisionPoints;

    StageWorkRecords(JdbcAggregateOperations aggregates, DecisionPoints decisionPoints) {
        this.aggregates = aggregates;
        this.decisionPoints = decisionPoints;
    }

    void add(String caseNumber, StakeholderHearing h, String by, Instant at) {
        aggregates.insert(new HearingRow(null, caseNumber, h.stakeholder(), h.role(), h.heldOn(), h.notes(), by, at));
    }

    void add(String caseNumber, DialogueSession s, String by, Instant at) {
        aggregates.insert(new SessionRow(null, caseNumber, s.heldOn(), s.participants(), s.notes(), by, at));
    }

    void add(String caseNumber, Blockage b, String by, Instant at) {
        aggregates.insert(new BlockageRow(null, caseNumber, b.area(), b.description(), by, at));
    }

    void add(String caseNumber, IssueMapEntry i, String by, Instant at) {
        aggregates.insert(new IssueRow(null, caseNumber, i.area(), i.issue(), i.rootCause(), by, at));
    }

    void add(String caseNumber, ThemePriority t, String by, Instant at) {
        aggregates.insert(new ThemeRow(null, caseNumber, t.theme(), t.priority(), t.agreedWith(), t.agreedOn(), by, at));
    }

    void add(String caseNumber, ActionItem a, String by, Instant at) {
        aggregates.insert(new ActionRow(null, caseNumber, a.action(), a.owner(), a.dueOn(), by, at));
    }

    void add(String caseNumber, DocumentedRule r, String by, Instant at) {
        aggregates.insert(new RuleRow(null, caseNumber, r.kind(), r.title(), r.summary(), r.keptAt(), by, at));
    }

    void add(String caseNumber, ReviewCycle r, String by, Instant at) {
        aggregates.insert(new ReviewRow(null, caseNumber, r.heldOn(), r.withoutConsultant(), r.notes(), by, at));
    }

    void add(String caseNumber, InternalPromoter p, String by, Instant at) {
        aggregates.insert(new PromoterRow(null, caseNumber, p.name(), p.position(), p.namedOn(), by, at));
    }

    void add(String caseNumber, SupportWeight w, String by, Instant at) {
        aggregates.insert(new SupportWeightRow(null, caseNumber, w.month(), w.plannedHours(), w.note(), by, at));
    }

    void addAttendedMeeting(String caseNumber, Stage stage, AttendedMeeting m, String by, Instant at) {
        aggregates.insert(new Meeting(0, caseNumber, stage, false, null, true, m.heldOn(), null, m.title(), m.notes(),
                m.endedInDecision(), m.decision(), null, by, at));
    }

    /** @return the meeting's id */
    long addScheduledMeeting(String caseNumber, Stage stage, String title, ScheduledMeetingMinutes m, Long timeEntryId,
            String by, Instant at) {
        return aggregates.insert(new Meeting(0, caseNumber, stage, true, m.plannedOn(), m.held(), m.heldOn(),
                m.minutes(), title, m.notes(), m.endedInDecision(), m.decision(), timeEntryId, by, at)).id();
    }

    List<Meeting> meetings(String caseNumber) {
        return list(Meeting.class, ofCase(caseNumber), OLDEST_FIRST, Function.identity());
    }

    /** How many records of each kind a case has, whatever stage they were recorded in. */
    Map<WorkItem, Integer> count(String caseNumber) {
        Map<WorkItem, Integer> counts = new EnumMap<>(WorkItem.class);
        ROWS.forEach((item, row) -> counts.put(item, (int) aggregates.count(query(ofCase(caseNumber)), row)));
        counts.put(WorkItem.DECISION_POINT, (int) decisionPoints.count(caseNumber));
        counts.put(WorkItem.ATTENDED_MEETING, (int) aggregates.count(
                query(ofCase(caseNumber).and("scheduled").isFalse()), Meeting.class));
        counts.put(WorkItem.SUPPORT_WEIGHT, supportWeights(caseNumber).size());
        return counts;
    }

    /** The planned support weight of each month, the latest plan of a month replacing the earlier ones. */
    List<SupportWeight> supportWeights(String caseNumber) {
        Map<YearMonth, SupportWeight> latest = new LinkedHashMap<>();
        list(SupportWeightRow.class, ofCase(caseNumber), Sort.by("planMonth", "id"), SupportWeightRow::toWeight)
                .forEach(weight -> latest.put(weight.month(), weight));
        return List.copyOf(latest.values());
    }

    Evidence evidence(String caseNumber) {
        Criteria ofCase = ofCase(caseNumber);
        return new Evidence(
                list(HearingRow.class, ofCase, BY_DAY_HELD, HearingRow::toHearing),
                list(BlockageRow.class, ofCase, OLDEST_FIRST, BlockageRow::toBlockage),
                decisionPoints.of(caseNumber),
                list(ThemeRow.class, ofCase, OLDEST_FIRST, ThemeRow::toTheme),
                list(ActionRow.class, ofCase, OLDEST_FIRST, ActionRow::toAction),
                list(Meeting.class, ofCase.and("held").isTrue(), BY_DAY_HELD,
                        m -> new HeldMeeting(m.heldOn(), m.scheduled(), m.endedInDecision())),
                list(ReviewRow.class, ofCase, BY_DAY_HELD, ReviewRow::toReview),
                list(PromoterRow.class, ofCase, OLDEST_FIRST, PromoterRow::toPromoter));
    }

    private <R, T> List<T> list(Class<R> row, Criteria criteria, Sort sort, Function<R, T> value) {
        return StreamSupport.stream(aggregates.findAll(query(criteria).sort(sort), row).spliterator(), false)
                .map(value).toList();
    }

    private static Criteria ofCase(String caseNumber) {
        return where("caseNumber").is(caseNumber);
    }

    @Table("stakeholder_hearing")
    record HearingRow(@Id Long id, String caseNumber, String stakeholder, StakeholderRole stakeholderRole,
            LocalDate heldOn, String notes, String recordedBy, Instant recordedAt) {
        StakeholderHearing toHearing() {
            return new StakeholderHearing(stakeholder, stakeholderRole, heldOn, notes);
        }
    }

    @Table("dialogue_session")
    record SessionRow(@Id Long id, String caseNumber, LocalDate heldOn, String participants, String notes,
            String recordedBy, Instant recordedAt) {
    }

    @Table("blockage")
    record BlockageRow(@Id Long id, String caseNumber, SupportArea area, String description, String recordedBy,
            Instant recordedAt) {
        Blockage toBlockage() {
            return new Blockage(area, description);
        }
    }

    @Table("issue_map_entry")
    record IssueRow(@Id Long id, String caseNumber, SupportArea area, String issue, String rootCause,
            String recordedBy, Instant recordedAt) {
    }

    @Table("theme_priority")
    record ThemeRow(@Id Long id, String caseNumber, String theme, int priority, String agreedWith, LocalDate agreedOn,
            String recordedBy, Instant recordedAt) {
        ThemePriority toTheme() {
            return new ThemePriority(theme, priority, agreedWith, agreedOn);
        }
    }

    @Table("action_item")
    record ActionRow(@Id Long id, String caseNumber, String action, String owner, LocalDate dueOn, String recordedBy,
            Instant recordedAt) {
        ActionItem toAction() {
            return new ActionItem(action, owner, dueOn);
        }
    }

    @Table("documented_rule")
    record RuleRow(@Id Long id, String caseNumber, RuleKind kind, String title, String summary, String keptAt,
            String recordedBy, Instant recordedAt) {
    }

    @Table("review_cycle")
    record ReviewRow(@Id Long id, String caseNumber, LocalDate heldOn, boolean withoutConsultant, String notes,
            String recordedBy, Instant recordedAt) {
        ReviewCycle toReview() {
            return new ReviewCycle(heldOn, withoutConsultant, notes);
        }
    }

    @Table("internal_promoter")
    record PromoterRow(@Id Long id, String caseNumber, String name, String position, LocalDate namedOn,
            String recordedBy, Instant recordedAt) {
        InternalPromoter toPromoter() {
            return new InternalPromoter(name, position, namedOn);
        }
    }

    @Table("support_weight_plan")
    record SupportWeightRow(@Id Long id, String caseNumber, YearMonth planMonth, int plannedHours, String note,
            String recordedBy, Instant recordedAt) {
        SupportWeight toWeight() {
            return new SupportWeight(planMonth, plannedHours, note);
        }
    }
}
