package jp.bansou.engagement;

import jp.bansou.plan.Plan;

/**
 * The plan the consultant proposes; overriding the recommendation needs a reason, a spot needs its agreed
 * hours and its budget in yen excluding tax (税別).
 */
public record PlanProposal(Plan recommendedPlan, Plan proposedPlan, String overrideReason, Integer spotHours,
        Integer spotBudgetYen) {

    boolean overridesRecommendation() {
        return proposedPlan != recommendedPlan;
    }
}
