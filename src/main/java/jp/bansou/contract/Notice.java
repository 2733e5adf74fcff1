package jp.bansou.contract;

import java.time.Instant;
import java.time.LocalDate;

import jp.bansou.engagement.Plan;

/** A cancellation or revision notice from either party; it takes effect a notice period after its date. */
public record Notice(
        long id,
        long contractId,
        NoticeKind kind,
        Party party,
        LocalDate noticeDate,
        LocalDate effectiveOn,
        String reason,
        Plan newPlan,
        String recordedBy,
        Instant recordedAt,
        Instant appliedAt) {
}
