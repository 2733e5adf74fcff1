package jp.bansou.enablement;

/** The outcome of one exit criterion at one gate, with what was found. */
record CriterionResult(String code, String description, boolean met, String detail) {

    /** One line for a form: ✔/✖, the criterion and what was found. */
    String line() {
        return (met ? "✔ " : "✖ ") + description + " — " + detail;
    }
}
