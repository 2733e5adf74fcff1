package jp.bansou.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Typed access to what a Camunda Form submitted when a task is completed. The form itself was already
 * checked against its declared validation; this turns the values into domain types and lets the listener
 * drop the values the process does not need once the domain has stored them.
 */
public final class TaskForm {

    private final DelegateTask task;

    private TaskForm(DelegateTask task) {
        this.task = task;
    }

    public static TaskForm of(DelegateTask task) {
        return new TaskForm(task);
    }

    public String caseNumber() {
        return (String) task.getVariable("caseNumber");
    }

    /** Who completed the task: its assignee, else the user authenticated with the engine. */
    public String actor() {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        throw new InvalidInputException("assignee", "claim the task before completing it");
    }

    public String text(String key) {
        return optionalText(key).orElseThrow(() -> required(key));
    }

    public Optional<String> optionalText(String key) {
        Object value = task.getVariable(key);
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
        Object value = task.getVariable(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return Optional.of(number.intValue());
        }
        throw new InvalidInputException(key, "must be a whole number");
    }

    public boolean flag(String key) {
        Object value = task.getVariable(key);
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
        Object value = task.getVariable(key);
        if (value == null || value instanceof String text && text.isBlank()) {
            throw required(key);
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(BusinessTime.ZONE).toLocalDate();
        }
        try {
            String text = value.toString();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(key, "must be a date (YYYY-MM-DD)");
        }
    }

    public List<String> list(String key) {
        Object value = task.getVariable(key);
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
        task.getExecution().removeVariables(List.of(keys));
    }

    public void set(String key, Object value) {
        task.getExecution().setVariable(key, value);
    }

    private static InvalidInputException required(String key) {
        return new InvalidInputException(key, "is required");
    }
}
