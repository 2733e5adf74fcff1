package jp.bansou.enablement;

import java.util.List;

import jp.bansou.enablement.EnablementRecords.ActionItem;
import jp.bansou.enablement.EnablementRecords.Blockage;
import jp.bansou.enablement.EnablementRecords.DecisionPoint;
import jp.bansou.enablement.EnablementRecords.InternalPromoter;
import jp.bansou.enablement.EnablementRecords.ReviewCycle;
import jp.bansou.enablement.EnablementRecords.StakeholderHearing;
import jp.bansou.enablement.EnablementRecords.ThemePriority;

/** Evidence with nothing recorded but the one kind an exit criterion test looks at. */
final class Evidences {

    private Evidences() {
    }

    static Evidence none() {
        return new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Evidence hearings(StakeholderHearing... hearings) {
        return new Evidence(List.of(hearings), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Evidence blockages(Blockage... blockages) {
        return new Evidence(List.of(), List.of(blockages), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Evidence decisionPoints(DecisionPoint... points) {
        return new Evidence(List.of(), List.of(), List.of(points), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Evidence themes(ThemePriority... themes) {
        return new Evidence(List.of(), List.of(), List.of(), List.of(themes), List.of(), List.of(), List.of(), List.of());
    }

    static Evidence actions(ActionItem... actions) {
        return new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(actions), List.of(), List.of(), List.of());
    }

    static Evidence meetingsHeld(Evidence.HeldMeeting... meetings) {
        return new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(meetings), List.of(), List.of());
    }

    static Evidence reviews(ReviewCycle... reviews) {
        return new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(reviews), List.of());
    }

    static Evidence promoters(InternalPromoter... promoters) {
        return new Evidence(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(promoters));
    }
}
