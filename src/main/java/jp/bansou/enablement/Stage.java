package jp.bansou.enablement;

import java.util.Optional;

/** The four steps of the enablement flow (domain.md, section 2), in order. */
public enum Stage {
    DIALOGUE("対話 (Dialogue)"),
    INSIGHT("気づき (Insight)"),
    BUY_IN("腹落ち (Buy-in)"),
    SELF_PROPELLED("自走化 (Self-propelled)");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Optional<Stage> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    public Optional<Stage> next() {
        return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
