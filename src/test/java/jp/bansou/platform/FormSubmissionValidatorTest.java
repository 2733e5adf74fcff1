package jp.bansou.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.bansou.platform.InvalidInputException.FieldProblem;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The server's reading of a form's {@code conditional.hide}: a hidden field is neither required nor kept. */
class FormSubmissionValidatorTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static final FormSchema GATE = form("""
            {"id": "gate", "components": [
              {"type": "textarea", "key": "unmetCriteria", "readonly": true, "conditional": {"hide": "=unmetCriteria = null"}},
              {"type": "radio", "key": "outcome", "label": "Outcome", "validate": {"required": true},
               "values": [{"value": "PASS"}, {"value": "HOLD"}, {"value": "BACK"}]},
              {"type": "datetime", "subtype": "date", "key": "recheckOn", "dateLabel": "Re-check",
               "validate": {"required": true}, "conditional": {"hide": "=outcome != \\"HOLD\\""}},
              {"type": "textarea", "key": "overrideRequest", "validate": {"required": true, "maxLength": 10},
               "conditional": {"hide": "=outcome != \\"PASS\\" or criteriaMet = true"}},
              {"type": "group", "label": "Details", "conditional": {"hide": "=outcome = \\"BACK\\""}, "components": [
                {"type": "textfield", "key": "attendees", "validate": {"required": true}},
                {"type": "number", "key": "minutes", "validate": {"min": 1},
                 "conditional": {"hide": "=minutesKnown != true"}}
              ]}
            ]}
            """);

    static FormSchema form(String json) {
        return FormSchema.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static FormSubmissionValidator.Checked check(Map<String, Object> values) {
        return FormSubmissionValidator.validate(GATE, values::get);
    }

    static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    @Nested
    class AFieldShownForOneChoiceOnly {

        @Test
        void isRequiredWhenThatChoiceIsMade() {
            assertThat(check(values("outcome", "HOLD", "attendees", "a")).problems()).extracting(FieldProblem::field)
                    .containsExactly("recheckOn");
        }

        @Test
        void isNeitherRequiredNorKeptForAnotherChoice() {
            var checked = check(values("outcome", "BACK", "recheckOn", "not a date", "attendees", "a"));

            assertThat(checked.problems()).isEmpty();
            assertThat(checked.hidden()).containsExactly("recheckOn", "attendees");
        }

        @Test
        void isCheckedWhenShown() {
            assertThat(check(values("outcome", "HOLD", "recheckOn", "2026-13-01", "attendees", "a")).problems())
                    .singleElement().satisfies(problem -> assertThat(problem.message())
                            .isEqualTo("must be a date (YYYY-MM-DD) (Re-check)"));
        }

        @Test
        void followsConditionsOnOtherVariablesOfTheTask() {
            assertThat(check(values("outcome", "PASS", "criteriaMet", false, "attendees", "a")).problems())
                    .extracting(FieldProblem::field).containsExactly("overrideRequest");
            assertThat(check(values("outcome", "PASS", "criteriaMet", true, "attendees", "a", "overrideRequest",
                    "far too long a reason")).hidden()).containsExactly("overrideRequest");
        }
    }

    @Nested
    class AGroupsCondition {

        @Test
        void hidesEveryFieldInside() {
            var checked = check(values("outcome", "BACK", "minutesKnown", true, "minutes", 0));

            assertThat(checked.problems()).isEmpty();
            assertThat(checked.hidden()).containsExactly("minutes");
        }

        @Test
        void addsToTheConditionsOfTheFieldsInside() {
            assertThat(check(values("outcome", "HOLD", "recheckOn", "2026-12-03", "minutesKnown", true, "minutes", 0))
                    .problems()).extracting(FieldProblem::field).containsExactly("attendees", "minutes");
            assertThat(check(values("outcome", "HOLD", "recheckOn", "2026-12-03", "attendees", "a", "minutes", 0))
                    .hidden()).containsExactly("minutes");
        }
    }

    @Nested
    class AsFormJsDoes {

        @Test
        void aMissingVariableIsNullInTheExpression() {
            assertThat(FormConditions.hides("=unmetCriteria = null", key -> null)).isTrue();
            assertThat(FormConditions.hides("=outcome != \"HOLD\"", key -> null)).isTrue();
            assertThat(FormConditions.hides("=criteriaMet = true", key -> null)).isFalse();
        }

        @Test
        void onlyAnExpressionThatIsTrueHides() {
            assertThat(FormConditions.hides("outcome != \"HOLD\"", key -> "PASS")).as("not an expression").isFalse();
            assertThat(FormConditions.hides("=outcome", key -> "PASS")).as("not a boolean").isFalse();
            assertThat(FormConditions.hides("=outcome +", key -> "PASS")).as("does not parse").isFalse();
            assertThat(FormConditions.hides("=count > 2", key -> 3)).isTrue();
            assertThat(FormConditions.hides("=plan = recommendedPlan or plan = null",
                    Map.<String, Object>of("plan", "LIGHT", "recommendedPlan", "LIGHT")::get)).isTrue();
        }

        @Test
        void aReadonlyFieldIsNeitherCheckedNorDropped() {
            var checked = check(values("outcome", "BACK", "unmetCriteria", "x"));

            assertThat(checked.problems()).isEmpty();
            assertThat(checked.hidden()).doesNotContain("unmetCriteria");
        }
    }

    /** form-js reads a condition only under {@code conditional.hide}; anywhere else the field is always shown. */
    @Test
    void everyFormOfTheServicePutsItsConditionsWhereFormJsReadsThem() throws IOException {
        try (DirectoryStream<Path> forms = Files.newDirectoryStream(Path.of("forms"), "*.form")) {
            for (Path file : forms) {
                List<String> misplaced = new ArrayList<>();
                collectMisplaced(JSON.readTree(file.toFile()).path("components"), misplaced);
                assertThat(misplaced).as(file.toString()).isEmpty();
                FormSchema schema;
                try (InputStream in = Files.newInputStream(file)) {
                    schema = FormSchema.parse(in);
                }
                schema.fields().forEach(field -> field.hideWhen().forEach(condition -> assertThat(condition)
                        .as(file + " " + field.key()).startsWith("=")));
            }
        }
    }

    static void collectMisplaced(JsonNode components, List<String> misplaced) {
        for (JsonNode component : components) {
            if (component.has("hide") || component.path("conditional").has("show")) {
                misplaced.add(component.path("id").asText());
            }
            collectMisplaced(component.path("components"), misplaced);
        }
    }
}
