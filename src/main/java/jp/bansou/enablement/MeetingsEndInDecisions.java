package jp.bansou.enablement;

import java.util.List;

import jp.bansou.enablement.Evidence.HeldMeeting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Buy-in: meetings now end in decisions. "Now" is the most recent meetings held (scheduled or the client's own):
 * at least {@code required} of the last {@code of-last} ended in a decision.
 */
@Component
@Order(2) // the order the stage's criteria are listed in
class MeetingsEndInDecisions implements ExitCriterion {

    private final int required;
    private final int ofLast;

    MeetingsEndInDecisions(EnablementProperties properties) {
        this.required = properties.decidedMeetings().required();
        this.ofLast = properties.decidedMeetings().ofLast();
    }

    @Override
    public Stage stage() {
        return Stage.BUY_IN;
    }

    @Override
    public String code() {
        return "MEETINGS_END_IN_DECISIONS";
    }

    @Override
    public String description() {
        return "会議が決定で終わるようになった (Meetings now end in decisions)";
    }

    @Override
    public CriterionResult check(Evidence evidence) {
        List<HeldMeeting> held = evidence.meetingsHeld();
        List<HeldMeeting> recent = held.subList(Math.max(0, held.size() - ofLast), held.size());
        long decided = recent.stream().filter(HeldMeeting::endedInDecision).count();
        String found = "直近 " + recent.size() + " 回中 " + decided + " 回が決定 / 必要 " + required + " 回 ("
                + decided + " of the last " + recent.size() + " ended in a decision, " + required + " needed)";
        return decided >= required ? met(found) : unmet(found);
    }
}
