package jp.bansou.engagement;

/** How a case was closed. */
enum Outcome {
    /** Out-of-scope work, routed to a separate project proposal. */
    SEPARATE_PROJECT,
    /** Not a fit; declined politely with an alternative. */
    DECLINED,
    /** The client declined the proposed plan. */
    PROPOSAL_DECLINED,
    /** The engagement ran (spot or contract) and ended with a closing report. */
    COMPLETED
}
