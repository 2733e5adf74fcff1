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

    static Evidence none() {
        return new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    Evidence withHearings(StakeholderHearing... more) {
        return new Evidence(List.of(more), blockages, decisionPoints, themes, actions, meetingsHeld, reviews, promoters);
    }

    Evidence withBlockages(Blockage... more) {
        return new Evidence(hearings, List.of(more), decisionPoints, themes, actions, meetingsHeld, reviews, promoters);
    }

    Evidence withDecisionPoints(DecisionPoint... more) {
        return new Evidence(hearings, blockages, List.of(more), themes, actions, meetingsHeld, reviews, promoters);
    }

    Evidence withThemes(ThemePriority... more) {
        return new Evidence(hearings, blockages, decisionPoints, List.of(more), actions, meetingsHeld, reviews, promoters);
    }

    Evidence withActions(ActionItem... more) {
        return new Evidence(hearings, blockages, decisionPoints, themes, List.of(more), meetingsHeld, reviews, promoters);
    }

    Evidence withMeetingsHeld(HeldMeeting... more) {
        return new Evidence(hearings, blockages, decisionPoints, themes, actions, List.of(more), reviews, promoters);
    }

    Evidence withReviews(ReviewCycle... more) {
        return new Evidence(hearings, blockages, decisionPoints, themes, actions, meetingsHeld, List.of(more), promoters);
    }

    Evidence withPromoters(InternalPromoter... more) {
        return new Evidence(hearings, blockages, decisionPoints, themes, actions, meetingsHeld, reviews, List.of(more));
    }

    /** A meeting that took place, scheduled by the plan or the client's own. */
    record HeldMeeting(LocalDate heldOn, boolean scheduled, boolean endedInDecision) {
    }
}
