package jp.bansou.engagement;

import jp.bansou.plan.Plan;

/** A spot engagement always ends with a proposal for what comes next, often a continuous plan. */
record SpotWrapUp(String summary, String nextStep, boolean continuesAsContract, Plan proposedPlan) {
}
