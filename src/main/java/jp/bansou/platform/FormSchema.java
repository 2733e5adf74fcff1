package jp.bansou.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The input fields of a Camunda Form ({@code .form} JSON) with the validation the form declares. */
record FormSchema(String id, List<Field> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INPUT_TYPES = Set.of(
            "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "taglist", "datetime");

    static FormSchema parse(InputStream form) {
        try {
            JsonNode root = JSON.readTree(form);
            List<Field> fields = new ArrayList<>();
            collect(root.path("components"), List.of(), fields);
            return new FormSchema(root.path("id").asText(), List.copyOf(fields));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a Camunda Form", e);
        }
    }

    /** Walks groups and their children; a child is hidden whenever one of its enclosing groups is. */
    private static void collect(JsonNode components, List<String> enclosingConditions, List<Field> fields) {
        for (JsonNode component : components) {
            List<String> hideWhen = new ArrayList<>(enclosingConditions);
            JsonNode hide = component.path("conditional").path("hide");
            if (hide.isTextual() && !hide.asText().isBlank()) {
                hideWhen.add(hide.asText());
            }
            if (component.has("components")) {
                collect(component.path("components"), List.copyOf(hideWhen), fields);
            }
            String type = component.path("type").asText();
            if (!INPUT_TYPES.contains(type) || !component.hasNonNull("key")) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> options = new ArrayList<>();
            component.path("values").forEach(option -> options.add(option.path("value").asText()));
            fields.add(new Field(
                    component.path("key").asText(),
                    type,
                    component.path("label").asText(component.path("dateLabel").asText("")),
                    component.path("subtype").asText(""),
                    validate.path("required").asBoolean(false),
                    List.copyOf(hideWhen),
                    component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
                    number(validate, "min"),
                    number(validate, "max"),
                    number(validate, "minLength"),
                    number(validate, "maxLength"),
                    validate.hasNonNull("pattern") ? validate.path("pattern").asText() : null,
                    "email".equals(validate.path("validationType").asText()),
                    List.copyOf(options)));
        }
    }

    private static Double number(JsonNode validate, String name) {
        return validate.hasNonNull(name) && validate.path(name).isNumber() ? validate.path(name).asDouble() : null;
    }

    /**
     * One input field. {@code hideWhen} holds the form-js {@code conditional.hide} expressions of the field and of
     * the groups around it: the field is hidden when any of them is true.
     */
    record Field(String key, String type, String label, String subtype, boolean required, List<String> hideWhen,
            boolean readonly, Double min, Double max, Double minLength, Double maxLength, String pattern,
            boolean email, List<String> options) {
    }
}
