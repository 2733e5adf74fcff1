package jp.bansou.enablement;

import java.time.LocalDate;
import java.util.List;

import jp.bansou.enablement.EnablementRecords.ActionItem;
import jp.bansou.enablement.EnablementRecords.Blockage;
import jp.bansou.enablement.EnablementRecords.DecisionPoint;
import jp.bansou.enablement.EnablementRecords.InternalPromoter;
import jp.bansou.enablement.EnablementRecords.ReviewCycle;
import jp.bansou.enablement.EnablementRecords.StakeholderHearing;
import jp.bansou.enablement.EnablementRecords.ThemePriority;

/**
 * Everything recorded for a case that an exit criterion may look at. A gate is judged against all of it, whichever
 * stage it was recorded in: a case sent back a step keeps what it had already shown.
 */
record Evidence(
        List<StakeholderHearing> hearings,
        List<Blockage> blockages,
        List<DecisionPoint> decisionPoints,
        List<ThemePriority> themes,
        List<ActionItem> actions,
        /* meetings that took place, oldest first */
        List<HeldMeeting> meetingsHeld,
        List<ReviewCycle> reviews,
        List<InternalPromoter> promoters) {

    Evidence {
        hearings = List.copyOf(hearings);
        blockages = List.copyOf(blockages);
        decisionPoints = List.copyOf(decisionPoints);
        themes = List.copyOf(themes);
        actions = List.copyOf(actions);
        meetingsHeld = List.copyOf(meetingsHeld);
        reviews = List.copyOf(reviews);
        promoters = List.copyOf(promoters);
    }

    /** A meeting that took place, scheduled by the plan or the client's own. */
    record HeldMeeting(LocalDate heldOn, boolean scheduled, boolean endedInDecision) {
    }
}
