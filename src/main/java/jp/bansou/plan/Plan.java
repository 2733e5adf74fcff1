package jp.bansou.plan;

/** What the firm sells; the figures of each plan live in {@link PlanCatalog}. */
public enum Plan {
    LIGHT, STANDARD, ADVANCED, SPOT;

    public boolean isContinuous() {
        return this != SPOT;
    }
}
