package jp.bansou.enablement;

import org.springframework.data.relational.core.mapping.Table;

/** The outcome of one exit criterion at one gate, with what was found. */
@Table("stage_gate_criterion")
record CriterionResult(String code, String description, boolean met, String detail) {

    /** One line for a form: ✔/✖, the criterion and what was found. */
    String line() {
        return (met ? "✔ " : "✖ ") + description + " — " + detail;
    }
}
