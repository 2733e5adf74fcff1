package jp.bansou.platform;

import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Evaluates a form-js {@code conditional.hide} expression on the server as Tasklist's form-js does in the browser:
 * a FEEL expression after a leading {@code =}, evaluated with the engine's own FEEL engine (the one its DMN uses)
 * against the values the task can see. As in form-js, the field is hidden only when the expression is
 * {@code true}; a text without {@code =}, a failed evaluation or any other result leaves it shown.
 */
final class FormConditions {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private FormConditions() {
    }

    static boolean hides(String condition, Function<String, Object> variables) {
        if (condition == null || !condition.strip().startsWith("=")) {
            return false;
        }
        try {
            Object result = FEEL.evaluateSimpleExpression(condition.strip().substring(1), context(variables));
            return Boolean.TRUE.equals(result);
        } catch (FeelException e) {
            return false;
        }
    }

    /** Looks values up one by one, so that an expression sees every variable without all of them being loaded. */
    private static VariableContext context(Function<String, Object> variables) {
        return new VariableContext() {
            @Override
            public TypedValue resolve(String name) {
                Object value = variables.apply(name);
                return value == null ? null : Variables.untypedValue(value);
            }

            @Override
            public boolean containsVariable(String name) {
                return variables.apply(name) != null;
            }

            @Override
            public Set<String> keySet() {
                return Set.of();
            }
        };
    }
}
