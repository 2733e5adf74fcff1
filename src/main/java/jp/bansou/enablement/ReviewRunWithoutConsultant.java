package jp.bansou.enablement;

import java.util.Comparator;

import jp.bansou.enablement.EnablementRecords.ReviewCycle;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Self-propelled: the client ran its review cycle without the consultant (at least once). */
@Component
@Order(1) // the order the stage's criteria are listed in
class ReviewRunWithoutConsultant implements ExitCriterion {

    @Override
    public Stage stage() {
        return Stage.SELF_PROPELLED;
    }

    @Override
    public String code() {
        return "REVIEW_RUN_WITHOUT_CONSULTANT";
    }

    @Override
    public String description() {
        return "伴走者なしでレビューサイクルを回した (The client ran its review cycle without the consultant)";
    }

    @Override
    public CriterionResult check(Evidence evidence) {
        return evidence.reviews().stream()
                .filter(ReviewCycle::withoutConsultant)
                .max(Comparator.comparing(ReviewCycle::heldOn))
                .map(review -> met("最新 " + review.heldOn() + " (latest)"))
                .orElseGet(() -> unmet(evidence.reviews().isEmpty()
                        ? "記録なし (none recorded)"
                        : "伴走者抜きの回なし (every review had the consultant)"));
    }
}
