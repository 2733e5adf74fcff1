package jp.bansou.contract;

/** Why a plan came into force: the signed contract, a renewal, or a revision notice. */
public enum PlanChangeSource {
    SIGNED("契約時 (At signing)"),
    RENEWAL("更新時 (At renewal)"),
    REVISION("見直し (Revision)");

    private final String label;

    PlanChangeSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
