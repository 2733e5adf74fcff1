package jp.bansou.enablement;

import java.time.Instant;
import java.time.LocalDate;

import jp.bansou.enablement.StageGates.GateRecord;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * The stage gates' rows as Spring Data JDBC writes them; the decisions on a gate change a few columns of its row, so
 * they are updates of those columns (the criteria and the hours never change), read through {@link StageGates}.
 */
interface GateRecords extends Repository<GateRecord, Long> {

    GateRecord save(GateRecord gate);

    long countByCaseNumber(String caseNumber);

    /** @return 1, or 0 if the gate was decided meanwhile */
    @Modifying
    @Query("""
            UPDATE stage_gate SET outcome = :outcome, decided_on = :decidedOn, decided_at = :decidedAt,
                   decided_by = :decidedBy, client_attendees = :attendees, note = :note, recheck_on = :recheckOn
            WHERE id = :id AND outcome IS NULL""")
    int decide(long id, GateOutcome outcome, LocalDate decidedOn, Instant decidedAt, String decidedBy,
            String attendees, String note, LocalDate recheckOn);

    /** @return 1, or 0 if the gate was decided or an override requested meanwhile */
    @Modifying
    @Query("""
            UPDATE stage_gate SET override_requested_by = :by, override_request = :request,
                   client_attendees = :attendees, note = :note
            WHERE id = :id AND outcome IS NULL AND override_request IS NULL""")
    int requestOverride(long id, String by, String request, String attendees, String note);

    /** @return 1, or 0 if the override was decided meanwhile */
    @Modifying
    @Query("""
            UPDATE stage_gate SET override_decision = :decision, override_by = :by, override_reason = :reason,
                   override_decided_at = :at
            WHERE id = :id AND override_request IS NOT NULL AND override_decision IS NULL""")
    int decideOverride(long id, OverrideDecision decision, String by, String reason, Instant at);
}
