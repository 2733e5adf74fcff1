package jp.bansou.contract;

import static jp.bansou.platform.Jdbc.date;
import static jp.bansou.platform.Jdbc.enumValue;
import static jp.bansou.platform.Jdbc.instant;
import static jp.bansou.platform.Jdbc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.bansou.plan.Plan;
import jp.bansou.platform.Jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ContractRepository {

    private final JdbcClient jdbc;

    ContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertContract(String caseNumber, LocalDate startsOn, String consultant, String signedBy, Instant signedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO contract (case_number, starts_on, consultant, signed_by, signed_at)
                VALUES (:caseNumber, :startsOn, :consultant, :signedBy, :signedAt)""")
                .param("caseNumber", caseNumber).param("startsOn", startsOn).param("consultant", consultant)
                .param("signedBy", signedBy).param("signedAt", utc(signedAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Contract> findContract(String caseNumber) {
        return jdbc.sql("SELECT * FROM contract WHERE case_number = :caseNumber")
                .param("caseNumber", caseNumber).query(ContractRepository::contract).optional();
    }

    List<Contract> findRunning() {
        return jdbc.sql("SELECT * FROM contract WHERE ended_on IS NULL ORDER BY case_number")
                .query(ContractRepository::contract).list();
    }

    Contract getContract(long id) {
        return jdbc.sql("SELECT * FROM contract WHERE id = :id").param("id", id)
                .query(ContractRepository::contract).single();
    }

    void endContract(long contractId, LocalDate endedOn, ContractEnd reason) {
        jdbc.sql("UPDATE contract SET ended_on = :endedOn, end_reason = :reason WHERE id = :id AND ended_on IS NULL")
                .param("endedOn", endedOn).param("reason", reason.name()).param("id", contractId).update();
    }

    void reassign(long contractId, String consultant) {
        jdbc.sql("UPDATE contract SET consultant = :consultant WHERE id = :id")
                .param("consultant", consultant).param("id", contractId).update();
    }

    void insertTerm(long contractId, int seq, TermKind kind, LocalDate startsOn, LocalDate endsOn) {
        jdbc.sql("""
                INSERT INTO contract_term (contract_id, seq, kind, starts_on, ends_on)
                VALUES (:contractId, :seq, :kind, :startsOn, :endsOn)""")
                .param("contractId", contractId).param("seq", seq).param("kind", kind.name())
                .param("startsOn", startsOn).param("endsOn", endsOn)
                .update();
    }

    List<Term> findTerms(long contractId) {
        return jdbc.sql("""
                SELECT t.*, s.confusion_points_in_words, s.what_to_decide_clear, s.fewer_stalls,
                       s.recorded_by AS signals_recorded_by, s.recorded_at AS signals_recorded_at
                FROM contract_term t LEFT JOIN trial_signals s ON s.term_id = t.id
                WHERE t.contract_id = :contractId ORDER BY t.seq""")
                .param("contractId", contractId).query(ContractRepository::term).list();
    }

    void decideTerm(long termId, RenewalDecision decision, Plan nextPlan, Boolean approachFits, String note,
            String decidedBy, Instant decidedAt) {
        jdbc.sql("""
                UPDATE contract_term SET decision = :decision, next_plan = :nextPlan, approach_fits = :approachFits,
                       decision_note = :note, decided_by = :decidedBy, decided_at = :decidedAt
                WHERE id = :id""")
                .param("decision", decision.name()).param("nextPlan", nextPlan == null ? null : nextPlan.name())
                .param("approachFits", approachFits).param("note", note).param("decidedBy", decidedBy)
                .param("decidedAt", utc(decidedAt)).param("id", termId)
                .update();
    }

    void insertPlanPeriod(long contractId, Plan plan, LocalDate effectiveFrom, PlanChangeSource source,
            Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO plan_period (contract_id, plan, effective_from, source, recorded_at)
                VALUES (:contractId, :plan, :effectiveFrom, :source, :recordedAt)""")
                .param("contractId", contractId).param("plan", plan.name()).param("effectiveFrom", effectiveFrom)
                .param("source", source.name()).param("recordedAt", utc(recordedAt))
                .update();
    }

    List<PlanPeriod> findPlanPeriods(long contractId) {
        return jdbc.sql("SELECT * FROM plan_period WHERE contract_id = :contractId ORDER BY effective_from, id")
                .param("contractId", contractId)
                .query((rs, row) -> new PlanPeriod(enumValue(rs, "plan", Plan.class), date(rs, "effective_from"),
                        enumValue(rs, "source", PlanChangeSource.class)))
                .list();
    }

    long insertNotice(long contractId, NoticeKind kind, Party party, LocalDate noticeDate, LocalDate effectiveOn,
            String reason, Plan newPlan, String recordedBy, LocalDate recordedOn, Instant recordedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notice (contract_id, kind, party, notice_date, effective_on, reason, new_plan,
                                    recorded_by, recorded_on, recorded_at)
                VALUES (:contractId, :kind, :party, :noticeDate, :effectiveOn, :reason, :newPlan,
                        :recordedBy, :recordedOn, :recordedAt)""")
                .param("contractId", contractId).param("kind", kind.name()).param("party", party.name())
                .param("noticeDate", noticeDate).param("effectiveOn", effectiveOn).param("reason", reason)
                .param("newPlan", newPlan == null ? null : newPlan.name())
                .param("recordedBy", recordedBy).param("recordedOn", recordedOn).param("recordedAt", utc(recordedAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Notice> findNotice(long id) {
        return jdbc.sql("SELECT * FROM notice WHERE id = :id").param("id", id)
                .query(ContractRepository::notice).optional();
    }

    List<Notice> findNotices(long contractId) {
        return jdbc.sql("SELECT * FROM notice WHERE contract_id = :contractId ORDER BY notice_date, id")
                .param("contractId", contractId).query(ContractRepository::notice).list();
    }

    void markApplied(long noticeId, Instant appliedAt) {
        jdbc.sql("UPDATE notice SET applied_at = :appliedAt WHERE id = :id")
                .param("appliedAt", utc(appliedAt)).param("id", noticeId).update();
    }

    /** Notices still pending when the contract ends never take effect. */
    void supersedePending(long contractId, Instant supersededAt) {
        jdbc.sql("""
                UPDATE notice SET superseded_at = :supersededAt
                WHERE contract_id = :contractId AND applied_at IS NULL AND withdrawn_at IS NULL
                  AND superseded_at IS NULL""")
                .param("supersededAt", utc(supersededAt)).param("contractId", contractId).update();
    }

    /** @return whether the notice was still pending (and is now withdrawn) */
    boolean withdraw(long noticeId, String withdrawnBy, String reason, Instant withdrawnAt) {
        return jdbc.sql("""
                UPDATE notice SET withdrawn_at = :withdrawnAt, withdrawn_by = :withdrawnBy, withdrawal_reason = :reason
                WHERE id = :id AND applied_at IS NULL AND withdrawn_at IS NULL AND superseded_at IS NULL""")
                .param("withdrawnAt", utc(withdrawnAt)).param("withdrawnBy", withdrawnBy).param("reason", reason)
                .param("id", noticeId).update() == 1;
    }

    void pause(long contractId, LocalDate pausedAfter, long termId, Instant at) {
        jdbc.sql("UPDATE contract SET paused_after = :pausedAfter WHERE id = :id AND ended_on IS NULL")
                .param("pausedAfter", pausedAfter).param("id", contractId).update();
        jdbc.sql("UPDATE contract_term SET ended_undecided_at = :at WHERE id = :id")
                .param("at", utc(at)).param("id", termId).update();
    }

    void resume(long contractId) {
        jdbc.sql("UPDATE contract SET paused_after = NULL WHERE id = :id")
                .param("id", contractId).update();
    }

    void insertTrialSignals(long termId, boolean confusionPointsInWords, boolean whatToDecideClear,
            boolean fewerStalls, String recordedBy, Instant recordedAt) {
        jdbc.sql("DELETE FROM trial_signals WHERE term_id = :termId").param("termId", termId).update();
        jdbc.sql("""
                INSERT INTO trial_signals (term_id, confusion_points_in_words, what_to_decide_clear, fewer_stalls,
                                           recorded_by, recorded_at)
                VALUES (:termId, :confusion, :decide, :stalls, :recordedBy, :recordedAt)""")
                .param("termId", termId).param("confusion", confusionPointsInWords).param("decide", whatToDecideClear)
                .param("stalls", fewerStalls).param("recordedBy", recordedBy).param("recordedAt", utc(recordedAt))
                .update();
    }

    private static Contract contract(ResultSet rs, int row) throws SQLException {
        return new Contract(rs.getLong("id"), rs.getString("case_number"), date(rs, "starts_on"),
                rs.getString("consultant"), rs.getString("signed_by"), instant(rs, "signed_at"),
                date(rs, "ended_on"), enumValue(rs, "end_reason", ContractEnd.class), date(rs, "paused_after"));
    }

    private static Term term(ResultSet rs, int row) throws SQLException {
        return new Term(rs.getLong("id"), rs.getLong("contract_id"), rs.getInt("seq"),
                enumValue(rs, "kind", TermKind.class), date(rs, "starts_on"), date(rs, "ends_on"),
                enumValue(rs, "decision", RenewalDecision.class), enumValue(rs, "next_plan", Plan.class),
                Jdbc.bool(rs, "approach_fits"), rs.getString("decision_note"), rs.getString("decided_by"),
                instant(rs, "decided_at"), instant(rs, "ended_undecided_at"), trialSignals(rs));
    }

    private static TrialSignals trialSignals(ResultSet rs) throws SQLException {
        if (rs.getString("signals_recorded_by") == null) {
            return null;
        }
        return new TrialSignals(rs.getBoolean("confusion_points_in_words"), rs.getBoolean("what_to_decide_clear"),
                rs.getBoolean("fewer_stalls"), rs.getString("signals_recorded_by"), instant(rs, "signals_recorded_at"));
    }

    private static Notice notice(ResultSet rs, int row) throws SQLException {
        return new Notice(rs.getLong("id"), rs.getLong("contract_id"), enumValue(rs, "kind", NoticeKind.class),
                enumValue(rs, "party", Party.class), date(rs, "notice_date"), date(rs, "effective_on"),
                rs.getString("reason"), enumValue(rs, "new_plan", Plan.class), rs.getString("recorded_by"),
                date(rs, "recorded_on"), instant(rs, "recorded_at"), instant(rs, "applied_at"),
                instant(rs, "superseded_at"), instant(rs, "withdrawn_at"), rs.getString("withdrawn_by"),
                rs.getString("withdrawal_reason"));
    }
}
