package jp.bansou.enablement;

/**
 * One exit signal of a stage (domain.md, section 2, "exit signals"), checked against what was recorded. Each
 * criterion is a Spring bean; {@link StageGateCheck} runs those of the stage at its gate.
 */
interface ExitCriterion {

    Stage stage();

    /** Stable code kept with every gate's results, e.g. {@code MANAGEMENT_HEARD}. */
    String code();

    /** What the criterion asks for, in Japanese with an English gloss, as the gate's forms and API show it. */
    String description();

    CriterionResult check(Evidence evidence);

    default CriterionResult met(String detail) {
        return new CriterionResult(code(), description(), true, detail);
    }

    default CriterionResult unmet(String detail) {
        return new CriterionResult(code(), description(), false, detail);
    }
}
