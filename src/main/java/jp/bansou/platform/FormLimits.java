package jp.bansou.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes the configured limits into a Camunda Form before it is deployed. */
final class FormLimits {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormLimits() {
    }

    /**
     * The form with each limit's field at its configured {@code validate.max}; the same bytes when every figure
     * already matches, so an unchanged configuration deploys nothing new. A limit naming no field of the form stops
     * the start-up: the form and the configuration would silently drift apart otherwise.
     */
    static byte[] apply(String formName, byte[] form, List<FormLimit> limits) {
        if (limits.isEmpty()) {
            return form;
        }
        try {
            JsonNode root = JSON.readTree(form);
            boolean changed = false;
            for (FormLimit limit : limits) {
                ObjectNode field = field(root.path("components"), limit.field()).orElseThrow(() ->
                        new IllegalStateException("forms/" + formName + " has no field '" + limit.field()
                                + "' for its configured limit"));
                ObjectNode validate = field.get("validate") instanceof ObjectNode existing
                        ? existing : field.putObject("validate");
                if (!validate.path("max").isNumber() || validate.path("max").asLong() != limit.max()) {
                    validate.put("max", limit.max());
                    changed = true;
                }
            }
            return changed ? JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root) : form;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read forms/" + formName, e);
        }
    }

    /** The field with this key, also inside groups and dynamic lists. */
    private static Optional<ObjectNode> field(JsonNode components, String key) {
        for (JsonNode component : components) {
            if (key.equals(component.path("key").asText(null)) && component instanceof ObjectNode field) {
                return Optional.of(field);
            }
            Optional<ObjectNode> nested = field(component.path("components"), key);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }
}
