package jp.bansou.enablement;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.stereotype.Component;

/**
 * ステージゲート: every check of a stage's exit criteria with its results, the review's decision and a manager's
 * override; the Self-propelled gate also keeps the support weight of the last months as it stood at the check.
 * A gate with its criteria is one aggregate (loaded in one select, for one gate or all of a case's); the months of
 * the support weight are rows of their own, read in one more select for the same gates.
 */
@Component
class StageGates {

    private final GateRecords records;
    private final JdbcAggregateOperations aggregates;

    StageGates(GateRecords records, JdbcAggregateOperations aggregates) {
        this.records = records;
        this.aggregates = aggregates;
    }

    /** A new gate of the case, numbered after its earlier ones, with the results of its exit criteria. */
    StageGate add(String caseNumber, Stage stage, Instant checkedAt, boolean criteriaMet, String requestNote,
            List<CriterionResult> results, List<MonthHours> hoursTrend) {
        int seq = (int) records.countByCaseNumber(caseNumber) + 1;
        GateRecord gate = records.save(new GateRecord(null, caseNumber, seq, stage, checkedAt, criteriaMet,
                List.copyOf(results), requestNote, null, null, null, null, null, null, null, null, null, null, null,
                null, null));
        aggregates.insertAll(hoursTrend.stream().map(month -> new GateMonth(gate.id(), month.month(),
                month.capMinutes(), month.usedMinutes(), month.plannedHours())).toList());
        return gate.with(hoursTrend);
    }

    Optional<StageGate> find(long id) {
        return Optional.ofNullable(aggregates.findById(id, GateRecord.class))
                .map(gate -> gate.with(trends(List.of(id)).getOrDefault(id, List.of())));
    }

    /** The case's gates in their order. */
    List<StageGate> ofCase(String caseNumber) {
        List<GateRecord> gates = StreamSupport.stream(aggregates.findAll(query(where("caseNumber").is(caseNumber)),
                GateRecord.class).spliterator(), false).sorted(Comparator.comparing(GateRecord::seq)).toList();
        Map<Long, List<MonthHours>> trends = trends(gates.stream().map(GateRecord::id).toList());
        return gates.stream().map(gate -> gate.with(trends.getOrDefault(gate.id(), List.of()))).toList();
    }

    /** @return whether the gate was still open (and is now decided) */
    boolean decide(long id, GateOutcome outcome, LocalDate decidedOn, Instant decidedAt, String decidedBy,
            String clientAttendees, String note, LocalDate recheckOn) {
        return records.decide(id, outcome, decidedOn, decidedAt, decidedBy, clientAttendees, note, recheckOn) == 1;
    }

    /** @return whether the gate was still open without a request (and now awaits a manager) */
    boolean requestOverride(long id, String requestedBy, String request, String clientAttendees, String note) {
        return records.requestOverride(id, requestedBy, request, clientAttendees, note) == 1;
    }

    /** @return whether the request was still pending (and is now decided) */
    boolean decideOverride(long id, OverrideDecision decision, String by, String reason, Instant at) {
        return records.decideOverride(id, decision, by, reason, at) == 1;
    }

    private Map<Long, List<MonthHours>> trends(Collection<Long> gateIds) {
        if (gateIds.isEmpty()) {
            return Map.of();
        }
        // sorted, so each row is read as it is (Single Query Loading would merge the rows of one gate id)
        return StreamSupport.stream(aggregates.findAll(query(where("gateId").in(gateIds))
                        .sort(Sort.by("gateId", "usageMonth")), GateMonth.class).spliterator(), false)
                .collect(Collectors.groupingBy(GateMonth::gateId,
                        Collectors.mapping(GateMonth::hours, Collectors.toList())));
    }

    @Table("stage_gate")
    record GateRecord(
            @Id Long id,
            String caseNumber,
            int seq,
            Stage stage,
            Instant checkedAt,
            boolean criteriaMet,
            @MappedCollection(idColumn = "gate_id", keyColumn = "seq") List<CriterionResult> criteria,
            String requestNote,
            GateOutcome outcome,
            LocalDate decidedOn,
            Instant decidedAt,
            String decidedBy,
            String clientAttendees,
            String note,
            LocalDate recheckOn,
            String overrideRequestedBy,
            String overrideRequest,
            OverrideDecision overrideDecision,
            String overrideBy,
            String overrideReason,
            Instant overrideDecidedAt) {

        /** Single Query Loading reads an empty collection as null. */
        StageGate with(List<MonthHours> hoursTrend) {
            return new StageGate(id, caseNumber, seq, stage, checkedAt, criteriaMet,
                    criteria == null ? List.of() : List.copyOf(criteria),
                    requestNote, outcome, decidedOn, decidedAt, decidedBy, clientAttendees, note, recheckOn,
                    overrideRequestedBy, overrideRequest, overrideDecision, overrideBy, overrideReason,
                    overrideDecidedAt, List.copyOf(hoursTrend));
        }
    }

    /**
     * One month of a Self-propelled gate's support weight (the table's key is the gate and the month). These rows are
     * only inserted with their gate and read by its id, never updated or deleted by id, so the gate's id serves as
     * the one {@code @Id} Spring Data JDBC wants (3.5 reads a composite id as a separate entity); read them with a
     * sorted query, which Spring Data does not load as aggregates grouped by id.
     */
    @Table("stage_gate_hours")
    record GateMonth(@Id Long gateId, YearMonth usageMonth, int capMinutes, int usedMinutes, Integer plannedHours) {

        MonthHours hours() {
            return new MonthHours(usageMonth, capMinutes, usedMinutes, plannedHours);
        }
    }
}
