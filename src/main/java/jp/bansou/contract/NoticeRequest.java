package jp.bansou.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.bansou.plan.Plan;

/**
 * A cancellation or plan-revision notice as either party gives it; {@code newPlan} only for a revision;
 * {@code effectiveOn} optional (default and earliest: the notice date plus the notice period).
 */
public record NoticeRequest(
        @NotNull NoticeKind kind,
        @NotNull Party party,
        @NotNull LocalDate noticeDate,
        @NotBlank @Size(max = 2000) String reason,
        Plan newPlan,
        LocalDate effectiveOn) {

    public NoticeRequest(NoticeKind kind, Party party, LocalDate noticeDate, String reason, Plan newPlan) {
        this(kind, party, noticeDate, reason, newPlan, null);
    }
}
