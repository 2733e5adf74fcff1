package jp.bansou.engagement;

/** How a case was closed. */
public enum Outcome {
    /** Out-of-scope work, routed to a separate project proposal. */
    SEPARATE_PROJECT("別プロジェクトとして提案 (Proposed as a separate project)"),
    /** Not a fit; declined politely with an alternative. */
    DECLINED("お断り (Declined: not a fit)"),
    /** The client declined the proposed plan. */
    PROPOSAL_DECLINED("提案の辞退 (Proposal declined by the client)"),
    /** The engagement ran (spot or contract) and ended with a closing report. */
    COMPLETED("支援完了 (Completed)");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
