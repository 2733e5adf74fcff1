package jp.bansou.contract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * The notices of the contracts, written and read by Spring Data JDBC. A notice is recorded once; what becomes of it
 * (applied, superseded, withdrawn) is a guarded update of its row, so only a pending notice changes.
 */
interface Notices extends Repository<Notice, Long> {

    Notice save(Notice notice);

    Optional<Notice> findById(long id);

    List<Notice> findByContractIdOrderByNoticeDateAscIdAsc(long contractId);

    @Modifying
    @Query("UPDATE notice SET applied_at = :appliedAt WHERE id = :id AND applied_at IS NULL")
    int markApplied(long id, Instant appliedAt);

    /** Notices still pending when the contract ends never take effect. */
    @Modifying
    @Query("""
            UPDATE notice SET superseded_at = :supersededAt
            WHERE contract_id = :contractId AND applied_at IS NULL AND withdrawn_at IS NULL
              AND superseded_at IS NULL""")
    int supersedePending(long contractId, Instant supersededAt);

    /** @return 1 if the notice was still pending (and is now withdrawn), else 0 */
    @Modifying
    @Query("""
            UPDATE notice SET withdrawn_at = :withdrawnAt, withdrawn_by = :withdrawnBy, withdrawal_reason = :reason
            WHERE id = :id AND applied_at IS NULL AND withdrawn_at IS NULL AND superseded_at IS NULL""")
    int withdraw(long id, String withdrawnBy, String reason, Instant withdrawnAt);
}
