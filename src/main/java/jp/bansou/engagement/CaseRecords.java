package jp.bansou.engagement;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import jp.bansou.plan.Plan;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.stereotype.Component;

/**
 * What the consultant records for a case outside the enablement flow: the first hearing, the spot sessions, the
 * spot wrap-up and the closing report. Each is added once and never changed; Spring Data JDBC writes and reads them
 * (those keyed by the case number are inserted, as their key is not generated).
 */
@Component
class CaseRecords {

    private final JdbcAggregateOperations aggregates;

    CaseRecords(JdbcAggregateOperations aggregates) {
        this.aggregates = aggregates;
    }

    void add(String caseNumber, Hearing h, String heardBy, Instant heardAt) {
        aggregates.insert(new HearingRow(caseNumber, h.currentSituation(), h.desiredState(), h.priorityIssues(),
                h.pace(), h.targetScope(), h.involvement(), h.oneOffNeed(), h.clearDecisionMaker(), h.canExecuteAlone(),
                h.clientOwnsDecisions(), String.join(",", h.requestedWork()), heardBy, heardAt));
    }

    void add(String caseNumber, SpotSession s, String recordedBy, Instant recordedAt) {
        aggregates.insert(new SpotSessionRow(null, caseNumber, s.heldOn(), s.notes(), s.minutes(), recordedBy,
                recordedAt));
    }

    void add(String caseNumber, SpotWrapUp w, String recordedBy, Instant recordedAt) {
        aggregates.insert(new SpotWrapUpRow(caseNumber, w.summary(), w.nextStep(), w.proposedPlan(),
                w.continuesAsContract(), recordedBy, recordedAt));
    }

    void add(String caseNumber, ClosingReport r, String reportedBy, Instant reportedAt) {
        aggregates.insert(new ClosingReportRow(caseNumber, r.summary(), r.clientState(), r.nextSteps(), reportedBy,
                reportedAt));
    }

    List<SpotSession> spotSessions(String caseNumber) {
        return StreamSupport.stream(aggregates.findAll(query(where("caseNumber").is(caseNumber))
                        .sort(Sort.by("heldOn", "id")), SpotSessionRow.class).spliterator(), false)
                .map(row -> new SpotSession(row.heldOn(), row.notes(), row.minutes()))
                .toList();
    }

    /** {@code requestedWork}: the kinds of work asked for, comma-separated. */
    @Table("hearing")
    record HearingRow(@Id String caseNumber, String currentSituation, String desiredState, String priorityIssues,
            Pace pace, TargetScope targetScope, Involvement involvement, boolean oneOffNeed, boolean clearDecisionMaker,
            boolean canExecuteAlone, boolean clientOwnsDecisions, String requestedWork, String heardBy,
            Instant heardAt) {
    }

    @Table("spot_session")
    record SpotSessionRow(@Id Long id, String caseNumber, LocalDate heldOn, String notes, int minutes,
            String recordedBy, Instant recordedAt) {
    }

    /** {@code clientAgreed}: the case continues under a contract. */
    @Table("spot_wrap_up")
    record SpotWrapUpRow(@Id String caseNumber, String summary, String nextStep, Plan proposedPlan,
            boolean clientAgreed, String recordedBy, Instant recordedAt) {
    }

    @Table("closing_report")
    record ClosingReportRow(@Id String caseNumber, String summary, String clientState, String nextSteps,
            String reportedBy, Instant reportedAt) {
    }
}
