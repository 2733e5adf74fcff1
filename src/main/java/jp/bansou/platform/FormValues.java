package jp.bansou.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.json.SpinJsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to what a Camunda Form submitted: a task's form when the task is completed, or a start form
 * when a process starts. A task's form was already checked against its declared validation; this turns the
 * values into domain types (a value of the wrong type is refused naming the field) and lets the adapter drop
 * the values the process does not need once the domain has stored them.
 */
public final class FormValues {

    private final VariableScope scope;
    private final @Nullable String assignee;
    private final ProcessEngineServices engine;

    private FormValues(VariableScope scope, @Nullable String assignee, ProcessEngineServices engine) {
        this.scope = scope;
        this.assignee = assignee;
        this.engine = engine;
    }

    /** The form of a task being completed. */
    public static FormValues of(DelegateTask task) {
        return new FormValues(task, task.getAssignee(), task.getProcessEngineServices());
    }

    /** The start form of a process (or the variables an API started it with). */
    public static FormValues of(DelegateExecution execution) {
        return new FormValues(execution, null, execution.getProcessEngineServices());
    }

    public @Nullable String caseNumber() {
        return (String) scope.getVariable("caseNumber");
    }

    /** Who submitted the form: the task's assignee, else the user authenticated with the engine. */
    public String actor() {
        if (assignee != null) {
            return assignee;
        }
        return user().orElseThrow(() -> new InvalidInputException("assignee", "claim the task before completing it"));
    }

    /** The user authenticated with the engine (Tasklist, the engine REST API), if any. */
    public Optional<String> user() {
        Authentication current = engine.getIdentityService().getCurrentAuthentication();
        return Optional.ofNullable(current == null ? null : current.getUserId());
    }

    public String text(String key) {
        return optionalText(key).orElseThrow(() -> required(key));
    }

    public Optional<String> optionalText(String key) {
        Object value = scope.getVariable(key);
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text.strip());
        }
        throw new InvalidInputException(key, "must be text");
    }

    public int number(String key) {
        return optionalNumber(key).orElseThrow(() -> required(key));
    }

    public Optional<Integer> optionalNumber(String key) {
        Object value = scope.getVariable(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return Optional.of(number.intValue());
        }
        throw new InvalidInputException(key, "must be a whole number");
    }

    public boolean flag(String key) {
        Object value = scope.getVariable(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new InvalidInputException(key, "must be true or false");
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        return optionalChoice(key, type).orElseThrow(() -> required(key));
    }

    public <E extends Enum<E>> Optional<E> optionalChoice(String key, Class<E> type) {
        return optionalText(key).map(value -> {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(key, "must be one of " + List.of(type.getEnumConstants()));
            }
        });
    }

    public LocalDate date(String key) {
        return optionalDate(key).orElseThrow(() -> required(key));
    }

    public Optional<LocalDate> optionalDate(String key) {
        Object value = scope.getVariable(key);
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        if (value instanceof Date date) {
            return Optional.of(date.toInstant().atZone(BusinessTime.ZONE).toLocalDate());
        }
        try {
            String text = value.toString();
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(key, "must be a date (YYYY-MM-DD)");
        }
    }

    /**
     * A date and time as ISO-8601 text, for the domain to parse with its own rules: Tasklist's datetime field
     * submits text, a Java or REST client may send a Date (an instant).
     */
    public Optional<String> optionalDateTimeText(String key) {
        Object value = scope.getVariable(key);
        return value instanceof Date date ? Optional.of(date.toInstant().toString()) : optionalText(key);
    }

    public List<String> list(String key) {
        Object value = scope.getVariable(key);
        List<String> items = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> items.add(String.valueOf(item)));
        } else if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(item -> items.add(item.isString() ? item.stringValue() : item.toString()));
        } else if (value != null) {
            throw new InvalidInputException(key, "must be a list");
        }
        return List.copyOf(items);
    }

    /** Removes values the domain has stored and the process's gateways do not need. */
    public void discard(String... keys) {
        discard(List.of(keys));
    }

    public void discard(Collection<String> keys) {
        scope.removeVariables(keys);
    }

    public void set(String key, Object value) {
        scope.setVariable(key, value);
    }

    private static InvalidInputException required(String key) {
        return new InvalidInputException(key, "is required");
    }
}
