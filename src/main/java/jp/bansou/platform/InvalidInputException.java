package jp.bansou.platform;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that breaks a rule, naming the fields at fault. The service's API answers it with 400. It is a
 * {@link FormFieldValidationException}, the engine's own form validation error, because that is what the
 * engine REST API (and Tasklist behind it) answers with 400 when a task is completed or a start form is
 * submitted; {@link ServiceExceptionUnwrapping} keeps the engine from hiding it inside a generic listener error.
 */
public class InvalidInputException extends FormFieldValidationException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(null, problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    /** The one way a service refuses a command: all of its problems at once, or nothing when there are none. */
    public static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public record FieldProblem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
