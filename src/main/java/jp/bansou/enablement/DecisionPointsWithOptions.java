package jp.bansou.enablement;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Insight: decision points and their options are visible. A decision point counts once it has at least two
 * options: with one, there is nothing to decide.
 */
@Component
@Order(1) // the order the stage's criteria are listed in
class DecisionPointsWithOptions implements ExitCriterion {

    static final int MIN_OPTIONS = 2;

    @Override
    public Stage stage() {
        return Stage.INSIGHT;
    }

    @Override
    public String code() {
        return "DECISION_POINTS_WITH_OPTIONS";
    }

    @Override
    public String description() {
        return "判断ポイントと選択肢が見えている (Decision points and options are visible)";
    }

    @Override
    public CriterionResult check(Evidence evidence) {
        long visible = evidence.decisionPoints().stream().filter(p -> p.options().size() >= MIN_OPTIONS).count();
        if (visible > 0) {
            return met(visible + " 件 (decision points with options)");
        }
        return unmet(evidence.decisionPoints().isEmpty()
                ? "記録なし (none recorded)"
                : "選択肢が2つ以上ある判断ポイントなし (no decision point has two options or more)");
    }
}
