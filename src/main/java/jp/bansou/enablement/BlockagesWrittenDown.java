package jp.bansou.enablement;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Dialogue: the blockages are written down (at least one). */
@Component
@Order(3) // the order the stage's criteria are listed in
class BlockagesWrittenDown implements ExitCriterion {

    @Override
    public Stage stage() {
        return Stage.DIALOGUE;
    }

    @Override
    public String code() {
        return "BLOCKAGES_WRITTEN_DOWN";
    }

    @Override
    public String description() {
        return "詰まりが言語化されている (The blockages are written down)";
    }

    @Override
    public CriterionResult check(Evidence evidence) {
        int count = evidence.blockages().size();
        return count > 0 ? met(count + " 件 (written down)") : unmet("記録なし (none recorded)");
    }
}
