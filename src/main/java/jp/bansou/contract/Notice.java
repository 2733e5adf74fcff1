package jp.bansou.contract;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import jp.bansou.plan.Plan;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A cancellation or revision notice from either party; it takes effect on {@code effectiveOn}, at least a notice
 * period after its date. {@code recordedOn} is the day it was recorded, later than {@code noticeDate} when it was
 * received a few days before.
 */
@Table("notice")
public record Notice(
        @Id long id,
        long contractId,
        NoticeKind kind,
        Party party,
        LocalDate noticeDate,
        LocalDate effectiveOn,
        String reason,
        Plan newPlan,
        String recordedBy,
        LocalDate recordedOn,
        Instant recordedAt,
        Instant appliedAt,
        Instant supersededAt,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawalReason) {

    @JsonProperty
    public NoticeStatus status() {
        if (appliedAt != null) {
            return NoticeStatus.APPLIED;
        }
        if (withdrawnAt != null) {
            return NoticeStatus.WITHDRAWN;
        }
        return supersededAt != null ? NoticeStatus.SUPERSEDED : NoticeStatus.PENDING;
    }

    @JsonIgnore
    public boolean isPending() {
        return status() == NoticeStatus.PENDING;
    }

    /** One line for the people deciding a renewal, e.g. in the renewal decision's form. */
    public String describe() {
        String what = kind == NoticeKind.CANCELLATION
                ? "解約 (Cancellation)"
                : "プラン見直し (Revision) → " + newPlan.label();
        return "#" + id + " " + what + ", " + party.label() + ", 申し出日 (notice date) " + noticeDate
                + ", 発効日 (effective on) " + effectiveOn + ": " + reason;
    }

    /** A notice as it is recorded, pending; its id comes from the database. */
    static Notice recorded(long contractId, NoticeKind kind, Party party, LocalDate noticeDate, LocalDate effectiveOn,
            String reason, Plan newPlan, String recordedBy, LocalDate recordedOn, Instant recordedAt) {
        return new Notice(0, contractId, kind, party, noticeDate, effectiveOn, reason, newPlan, recordedBy, recordedOn,
                recordedAt, null, null, null, null, null);
    }
}
