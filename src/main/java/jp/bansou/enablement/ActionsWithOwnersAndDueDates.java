package jp.bansou.enablement;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Buy-in: actions have owners and due dates. The form refuses an action without either, so what is checked is
 * that the field has started to own actions at all: as many as {@code bansou.enablement.min-actions}.
 */
@Component
@Order(1) // the order the stage's criteria are listed in
class ActionsWithOwnersAndDueDates implements ExitCriterion {

    private final int minActions;

    ActionsWithOwnersAndDueDates(EnablementProperties properties) {
        this.minActions = properties.minActions();
    }

    @Override
    public Stage stage() {
        return Stage.BUY_IN;
    }

    @Override
    public String code() {
        return "ACTIONS_OWNED_AND_DATED";
    }

    @Override
    public String description() {
        return "アクションに担当と期日がある (Actions have owners and due dates)";
    }

    @Override
    public CriterionResult check(Evidence evidence) {
        long owned = evidence.actions().stream()
                .filter(action -> action.owner() != null && !action.owner().isBlank() && action.dueOn() != null)
                .count();
        String found = owned + " 件 / 必要 " + minActions + " 件 (" + owned + " of " + minActions + " needed)";
        return owned >= minActions ? met(found) : unmet(found);
    }
}
