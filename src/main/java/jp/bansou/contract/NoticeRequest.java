package jp.bansou.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.bansou.engagement.Plan;

/** A cancellation or plan-revision notice as either party gives it; {@code newPlan} only for a revision. */
public record NoticeRequest(
        @NotNull NoticeKind kind,
        @NotNull Party party,
        @NotNull LocalDate noticeDate,
        @NotBlank @Size(max = 2000) String reason,
        Plan newPlan) {
}
