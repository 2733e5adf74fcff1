package jp.bansou.plan;

/** What the firm sells; the figures of each plan live in {@link PlanCatalog}. */
public enum Plan {
    LIGHT("ライト (Light)"),
    STANDARD("スタンダード (Standard)"),
    ADVANCED("アドバンス (Advanced)"),
    SPOT("スポット (Spot)");

    private final String label;

    Plan(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isContinuous() {
        return this != SPOT;
    }
}
