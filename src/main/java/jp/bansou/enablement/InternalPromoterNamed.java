package jp.bansou.enablement;

import java.util.Comparator;

import jp.bansou.enablement.EnablementRecords.InternalPromoter;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Self-propelled: an internal promoter is named. */
@Component
@Order(2) // the order the stage's criteria are listed in
class InternalPromoterNamed implements ExitCriterion {

    @Override
    public Stage stage() {
        return Stage.SELF_PROPELLED;
    }

    @Override
    public String code() {
        return "INTERNAL_PROMOTER_NAMED";
    }

    @Override
    public String description() {
        return "社内推進者が決まっている (An internal promoter is named)";
    }

    @Override
    public CriterionResult check(Evidence evidence) {
        return evidence.promoters().stream()
                .max(Comparator.comparing(InternalPromoter::namedOn))
                .map(promoter -> met(promoter.name() + "（" + promoter.position() + "）"))
                .orElseGet(() -> unmet("記録なし (none recorded)"));
    }
}
