package jp.bansou.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service's Japanese locale of each webapp covers every key of the English locale shipped in Camunda's
 * webjar (read from the jar on the classpath), with the same placeholders and HTML tags, and is translated: an
 * upgrade of Camunda that adds keys fails here instead of leaving English gaps in the Japanese UI.
 */
class JapaneseLocalesTest {

    static final String WEBAPPS = "META-INF/resources/webjars/camunda/app/";
    /** {{ name }} interpolations and the HTML tags some labels carry. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}|</?(?:a|b|br|strong|em|i|code|p|span|ul|ol|li|div|pre|u|small|h[1-6]|table|tr|td|th)\\b[^>]*>");
    /** Labels that read the same in Japanese software (symbols, names, literals). */
    static final Set<String> SAME_IN_JAPANESE = Set.of("Powered by", "<null>", "BPMN", "DMN", "CMMN", "ID", "JSON",
            "XML", "URL", "API", "Camunda", "Cockpit", "Tasklist", "Admin", "Java", "JavaScript", "Groovy", "Python",
            "JRuby", "FEEL", "JUEL", "Spin", "Optimize");
    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyShippedKeyHasAJapaneseTranslation(String app) {
        JsonNode english = shipped(app, "en");
        JsonNode japanese = ours(app, "ja");

        Map<String, String> en = labels(english);
        Map<String, String> ja = labels(japanese);
        assertThat(en).as("the shipped en.json of %s", app).hasSizeGreaterThan(100);
        assertThat(ja.keySet()).as("keys of %s's en.json missing from ja.json", app).containsAll(en.keySet());

        List<String> problems = new ArrayList<>();
        en.forEach((key, text) -> {
            String translation = ja.get(key);
            if (!placeholders(text).equals(placeholders(translation))) {
                problems.add(key + ": placeholders " + placeholders(text) + " but " + placeholders(translation));
            }
            if (text.isBlank() != translation.isBlank()) {
                problems.add(key + ": blank in one language only");
            }
            if (translation.equals(text) && text.matches(".*[A-Za-z]{3}.*") && !SAME_IN_JAPANESE.contains(text)) {
                problems.add(key + ": still English: " + text);
            }
        });
        assertThat(problems).as("ja.json of %s", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesHaveJapaneseNamesAndTheFirmsFormat(String app) {
        JsonNode english = shipped(app, "en").path("dateLocales");
        JsonNode japanese = ours(app, "ja").path("dateLocales");
        assertThat(fieldPaths(japanese, "")).isEqualTo(fieldPaths(english, ""));
        assertThat(japanese.path("longDateFormat").path("L").asText()).isEqualTo("YYYY/MM/DD");
        assertThat(japanese.path("longDateFormat").path("LLL").asText()).isEqualTo("YYYY/MM/DD HH:mm");
        assertThat(japanese.path("weekdaysShort").get(1).asText()).isEqualTo("月");
    }

    static Map<String, String> labels(JsonNode locale) {
        Map<String, String> labels = new TreeMap<>();
        locale.path("labels").properties().forEach(entry -> labels.put(entry.getKey(), entry.getValue().asText()));
        return labels;
    }

    static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? "{{" + matcher.group(1).replaceAll("\\s+", "") + "}}"
                    : matcher.group().replaceAll("\\s+", " "));
        }
        Collections.sort(found);
        return found;
    }

    static List<String> fieldPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                paths.addAll(fieldPaths(node.get(name), prefix + "." + name));
            }
        } else if (node.isArray()) {
            paths.add(prefix + "[" + node.size() + "]");
        } else {
            paths.add(prefix);
        }
        Collections.sort(paths);
        return paths;
    }

    /** The locale inside Camunda's webjar, not a copy of ours. */
    static JsonNode shipped(String app, String locale) {
        return read(app, locale, true);
    }

    static JsonNode ours(String app, String locale) {
        return read(app, locale, false);
    }

    private static JsonNode read(String app, String locale, boolean fromWebjar) {
        String path = WEBAPPS + app + "/locales/" + locale + ".json";
        try {
            for (URL url : Collections.list(JapaneseLocalesTest.class.getClassLoader().getResources(path))) {
                boolean inWebjar = url.toString().contains("camunda-webapp-webjar");
                if (inWebjar == fromWebjar) {
                    try (InputStream in = url.openStream()) {
                        return JSON.readTree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("\uFEFF", ""));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(path + (fromWebjar ? " is not in Camunda's webjar" : " is not in the service's resources"));
    }
}
