package jp.bansou.enablement;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import jp.bansou.enablement.EnablementRecords.DecisionPoint;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.stereotype.Component;

/** 判断ポイント: the decision points recorded for a case, each with its options, written and read as one aggregate. */
@Component
class DecisionPoints {

    private final JdbcAggregateOperations aggregates;

    DecisionPoints(JdbcAggregateOperations aggregates) {
        this.aggregates = aggregates;
    }

    void add(String caseNumber, DecisionPoint point, String by, Instant at) {
        aggregates.insert(new RecordedDecisionPoint(null, caseNumber, point.question(), point.decisionOwner(),
                point.options().stream().map(Option::new).toList(), by, at));
    }

    /**
     * The case's decision points, oldest first: one select for all of them with their options (the query is left
     * unsorted, which Single Query Loading needs; they are put in order here).
     */
    List<DecisionPoint> of(String caseNumber) {
        return StreamSupport.stream(aggregates.findAll(query(where("caseNumber").is(caseNumber)),
                        RecordedDecisionPoint.class).spliterator(), false)
                .sorted(Comparator.comparing(RecordedDecisionPoint::id))
                .map(RecordedDecisionPoint::point)
                .toList();
    }

    long count(String caseNumber) {
        return aggregates.count(query(where("caseNumber").is(caseNumber)), RecordedDecisionPoint.class);
    }

    @Table("decision_point")
    record RecordedDecisionPoint(
            @Id Long id,
            String caseNumber,
            String question,
            String decisionOwner,
            @MappedCollection(idColumn = "decision_point_id", keyColumn = "seq") List<Option> options,
            String recordedBy,
            Instant recordedAt) {

        /** Single Query Loading reads an empty collection as null. */
        DecisionPoint point() {
            return new DecisionPoint(question, decisionOwner,
                    options == null ? List.of() : options.stream().map(Option::description).toList());
        }
    }

    @Table("decision_option")
    record Option(String description) {
    }
}
