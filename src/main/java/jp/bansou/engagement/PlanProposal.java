package jp.bansou.engagement;

/** The plan the consultant proposes; overriding the recommendation needs a reason, a spot needs agreed hours. */
record PlanProposal(Plan recommendedPlan, Plan proposedPlan, String overrideReason, Integer spotHours) {

    boolean overridesRecommendation() {
        return proposedPlan != recommendedPlan;
    }
}
