package jp.bansou.engagement;

import java.time.Instant;

/**
 * 別プロジェクト提案 (Separate project proposal): the out-of-scope work of an inquiry, with the proposal sent to
 * the prospect. {@code split}: the request also had enablement work, which went on to a plan proposal.
 */
public record SeparateProjectProposal(String scopeSummary, String proposal, boolean split, String proposedBy,
        Instant proposedAt) {
}
