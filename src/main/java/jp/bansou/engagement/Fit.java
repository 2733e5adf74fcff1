package jp.bansou.engagement;

/** What the fit check (fit-check.dmn, output {@code fit}) says of an inquiry; the engagement process branches on it. */
public enum Fit {
    FIT("適合 (Fit)"),
    NOT_A_FIT("適合しない (Not a fit)"),
    OUT_OF_SCOPE("対象外の依頼のみ (Out of scope only)"),
    SPLIT("対象外の作業を含む (Mixed with out-of-scope work)");

    private final String label;

    Fit(String label) {
        this.label = label;
    }

    /** As the engagement process names its branches. */
    public String label() {
        return label;
    }
}
