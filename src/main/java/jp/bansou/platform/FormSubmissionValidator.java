package jp.bansou.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import jp.bansou.platform.FormSchema.Field;
import jp.bansou.platform.InvalidInputException.FieldProblem;

import org.camunda.spin.json.SpinJsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Checks submitted values against what the Camunda Form declares (required, lengths, ranges, options,
 * patterns, dates). Camunda Forms validate only in the browser; this applies the same rules on the server,
 * whether a task is completed from Tasklist or through the engine REST API. A field the form hides under a
 * condition ({@code conditional.hide}, see {@link FormConditions}) is checked only when it is shown: hidden, it is
 * neither required nor checked, and its value is reported as one to drop, as form-js drops it before submitting.
 */
final class FormSubmissionValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private FormSubmissionValidator() {
    }

    static Checked validate(FormSchema form, Function<String, Object> submitted) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (Field field : form.fields()) {
            if (field.readonly()) {
                continue;
            }
            Object value = submitted.apply(field.key());
            if (field.hideWhen().stream().anyMatch(condition -> FormConditions.hides(condition, submitted))) {
                if (value != null) {
                    hidden.add(field.key());
                }
                continue;
            }
            String problem = isEmpty(value)
                    ? (field.required() ? "is required" : null)
                    : check(field, value);
            if (problem != null) {
                problems.add(new FieldProblem(field.key(), problem + describe(field)));
            }
        }
        return new Checked(List.copyOf(problems), List.copyOf(hidden));
    }

    /** The problems found, and the keys of hidden fields that were submitted anyway (to drop). */
    record Checked(List<FieldProblem> problems, List<String> hidden) {
    }

    private static String describe(Field field) {
        return field.label().isBlank() ? "" : " (" + field.label() + ")";
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty()
                || value instanceof SpinJsonNode json && json.isArray() && json.elements().isEmpty();
    }

    private static @Nullable String check(Field field, Object value) {
        return switch (field.type()) {
            case "number" -> checkNumber(field, value);
            case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
            case "radio", "select" -> checkOption(field, value);
            case "checklist", "taglist" -> checkOptions(field, value);
            case "datetime" -> checkDate(field, value);
            default -> checkText(field, value);
        };
    }

    private static @Nullable String checkText(Field field, Object value) {
        if (!(value instanceof String text)) {
            return "must be text";
        }
        if (field.minLength() != null && text.length() < field.minLength()) {
            return "must have at least " + field.minLength().intValue() + " characters";
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            return "must have at most " + field.maxLength().intValue() + " characters";
        }
        if (field.pattern() != null && !text.matches(field.pattern())) {
            return "must match " + field.pattern();
        }
        if (field.email() && !EMAIL.matcher(text).matches()) {
            return "must be an e-mail address";
        }
        return null;
    }

    private static @Nullable String checkNumber(Field field, Object value) {
        if (!(value instanceof Number number)) {
            return "must be a number";
        }
        double n = number.doubleValue();
        if (field.min() != null && n < field.min()) {
            return "must be at least " + format(field.min());
        }
        if (field.max() != null && n > field.max()) {
            return "must be at most " + format(field.max());
        }
        return null;
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }

    private static @Nullable String checkOption(Field field, Object value) {
        if (field.options().isEmpty() || field.options().contains(String.valueOf(value))) {
            return null;
        }
        return "must be one of " + field.options();
    }

    private static @Nullable String checkOptions(Field field, Object value) {
        List<String> chosen = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> chosen.add(String.valueOf(item)));
        } else if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(item -> chosen.add(item.isString() ? item.stringValue() : item.toString()));
        } else {
            return "must be a list";
        }
        if (field.options().isEmpty()) {
            return null;
        }
        return chosen.stream().allMatch(field.options()::contains) ? null : "must be chosen from " + field.options();
    }

    private static @Nullable String checkDate(Field field, Object value) {
        if (value instanceof Date) {
            return null;
        }
        if (!(value instanceof String text)) {
            return "must be a date";
        }
        try {
            if ("date".equals(field.subtype())) {
                LocalDate.parse(text);
            } else {
                parseDateTime(text);
            }
            return null;
        } catch (DateTimeParseException e) {
            return "date".equals(field.subtype()) ? "must be a date (YYYY-MM-DD)" : "must be a date and time (ISO-8601)";
        }
    }

    private static void parseDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
        } catch (DateTimeParseException offsetMissing) {
            try {
                Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                LocalDateTime.parse(text);
            }
        }
    }
}
