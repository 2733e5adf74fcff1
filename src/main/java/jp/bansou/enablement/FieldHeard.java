package jp.bansou.enablement;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Dialogue: at least one stakeholder from the field was heard. */
@Component
@Order(2) // the order the stage's criteria are listed in
class FieldHeard implements ExitCriterion {

    @Override
    public Stage stage() {
        return Stage.DIALOGUE;
    }

    @Override
    public String code() {
        return "FIELD_HEARD";
    }

    @Override
    public String description() {
        return "現場の関係者から話を聞いた (Stakeholders from the field were heard)";
    }

    @Override
    public CriterionResult check(Evidence evidence) {
        long heard = evidence.hearings().stream().filter(h -> h.role() == StakeholderRole.FIELD).count();
        return heard > 0 ? met(heard + " 名 (heard)") : unmet("現場のヒアリング記録なし (no hearing with the field recorded)");
    }
}
