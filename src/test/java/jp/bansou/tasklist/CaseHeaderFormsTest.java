package jp.bansou.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Every task form of a case carries the one case header component, word for word, and no form field has the
 * key of a read-only fact (so nothing shown is ever submitted back).
 */
class CaseHeaderFormsTest {

    /** Tasks of these processes are about no case (yet). */
    static final Set<String> WITHOUT_CASE = Set.of("channel-triage.bpmn");
    static final Set<String> FACTS = Set.of(CaseHeaderFacts.PLAN, CaseHeaderFacts.TERM, CaseHeaderFacts.TERM_END,
            CaseHeaderFacts.CONSULTANT, MonthHoursFacts.MONTH, MonthHoursFacts.USED, MonthHoursFacts.CAP,
            MonthHoursFacts.REMAINING, MonthHoursFacts.PENDING, ConsultationFacts.SENDER, ConsultationFacts.SUBJECT,
            ConsultationFacts.BODY, ConsultationFacts.RECEIVED, ConsultationFacts.DUE, ConsultationFacts.LATENESS);
    static final Pattern USER_TASK_FORM = Pattern.compile("<bpmn:userTask[^>]*camunda:formRef=\"([^\"]+)\"");
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCaseTaskFormHasTheCaseHeader() throws IOException {
        Set<String> forms = caseTaskForms();
        assertThat(forms).contains("engagement-hearing", "log-time-entry", "consultation-reply");
        List<String> missing = new ArrayList<>();
        for (String form : forms) {
            JsonNode header = component(read(form).path("components"), CaseHeaderFacts.FORM_COMPONENT_ID);
            if (header == null || !CaseHeaderFacts.FORM_TEXT.equals(header.path("text").asText())) {
                missing.add(form);
            }
        }
        assertThat(missing).as("forms without the case header; add {\"type\": \"text\", \"id\": \"%s\", \"text\": %s}",
                CaseHeaderFacts.FORM_COMPONENT_ID, JSON.writeValueAsString(CaseHeaderFacts.FORM_TEXT)).isEmpty();
    }

    @Test
    void noFormFieldTakesTheKeyOfAFact() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.toList()) {
                List<String> keys = new ArrayList<>();
                keys(JSON.readTree(file.toFile()).path("components"), keys);
                assertThat(keys).as(file.toString()).doesNotContainAnyElementsOf(FACTS);
            }
        }
    }

    static Set<String> caseTaskForms() throws IOException {
        Set<String> forms = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                if (WITHOUT_CASE.contains(file.getFileName().toString())) {
                    continue;
                }
                Matcher matcher = USER_TASK_FORM.matcher(Files.readString(file));
                while (matcher.find()) {
                    forms.add(matcher.group(1));
                }
            }
        }
        return forms;
    }

    static JsonNode read(String formId) throws IOException {
        return JSON.readTree(Path.of("forms", formId + ".form").toFile());
    }

    static JsonNode component(JsonNode components, String id) {
        for (JsonNode component : components) {
            if (id.equals(component.path("id").asText())) {
                return component;
            }
            JsonNode inside = component(component.path("components"), id);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    static void keys(JsonNode components, List<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            keys(component.path("components"), keys);
        }
    }
}
