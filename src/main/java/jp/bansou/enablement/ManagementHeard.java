package jp.bansou.enablement;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Dialogue: at least one stakeholder from management was heard. */
@Component
@Order(1) // the order the stage's criteria are listed in
class ManagementHeard implements ExitCriterion {

    @Override
    public Stage stage() {
        return Stage.DIALOGUE;
    }

    @Override
    public String code() {
        return "MANAGEMENT_HEARD";
    }

    @Override
    public String description() {
        return "経営側の関係者から話を聞いた (Stakeholders from management were heard)";
    }

    @Override
    public CriterionResult check(Evidence evidence) {
        long heard = evidence.hearings().stream().filter(h -> h.role() == StakeholderRole.MANAGEMENT).count();
        return heard > 0 ? met(heard + " 名 (heard)") : unmet("経営側のヒアリング記録なし (no hearing with management recorded)");
    }
}
