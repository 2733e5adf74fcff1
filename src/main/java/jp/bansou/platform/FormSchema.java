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
            collect(root.path("components"), fields);
            return new FormSchema(root.path("id").asText(), List.copyOf(fields));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a Camunda Form", e);
        }
    }

    private static void collect(JsonNode components, List<Field> fields) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.path("components"), fields);
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
                    component.has("conditional"),
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

    record Field(String key, String type, String label, String subtype, boolean required, boolean conditional,
            boolean readonly, Double min, Double max, Double minLength, Double maxLength, String pattern,
            boolean email, List<String> options) {
    }
}
