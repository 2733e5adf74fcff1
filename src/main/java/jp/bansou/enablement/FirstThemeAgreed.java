package jp.bansou.enablement;

import java.util.Comparator;

import jp.bansou.enablement.EnablementRecords.ThemePriority;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Insight: the first theme (priority 1) is agreed with the client. */
@Component
@Order(2) // the order the stage's criteria are listed in
class FirstThemeAgreed implements ExitCriterion {

    @Override
    public Stage stage() {
        return Stage.INSIGHT;
    }

    @Override
    public String code() {
        return "FIRST_THEME_AGREED";
    }

    @Override
    public String description() {
        return "最初のテーマと優先度が合意されている (The first theme and its priority are agreed)";
    }

    @Override
    public CriterionResult check(Evidence evidence) {
        return evidence.themes().stream()
                .filter(theme -> theme.priority() == 1)
                .max(Comparator.comparing(ThemePriority::agreedOn))
                .map(theme -> met(theme.theme() + "（" + theme.agreedWith() + "と " + theme.agreedOn() + " 合意 / agreed)"))
                .orElseGet(() -> unmet(evidence.themes().isEmpty()
                        ? "記録なし (none recorded)"
                        : "優先度1のテーマなし (no theme of priority 1)"));
    }
}
