package jp.bansou.platform;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that breaks a rule, naming the fields at fault. It is a {@link BadUserRequestException}
 * so that the engine REST API and Tasklist answer it with 400 too, not only the service's own API.
 */
public class InvalidInputException extends BadUserRequestException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
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
