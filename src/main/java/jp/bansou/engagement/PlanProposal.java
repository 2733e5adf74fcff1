package jp.bansou.engagement;

import jp.bansou.plan.Plan;

import org.jspecify.annotations.Nullable;

/**
 * The plan the consultant proposes; overriding the recommendation needs a reason, a spot needs its agreed
 * hours and its budget in yen excluding tax (税別).
 */
public record PlanProposal(Plan recommendedPlan, Plan proposedPlan, @Nullable String overrideReason,
        @Nullable Integer spotHours, @Nullable Integer spotBudgetYen) {

    boolean overridesRecommendation() {
        return proposedPlan != recommendedPlan;
    }
}
