package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.bansou.BansouTest;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.NewConsultation;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hundreds of generated malformed requests against every {@code /api} endpoint and against task completion through
 * {@code /engine-rest}: values of the wrong type, missing fields, huge strings, broken JSON, other content types,
 * unknown enums, impossible dates. Every answer is a 4xx problem detail, and no row of the service's tables is
 * written (the engine's task stays open with its variables).
 */
@BansouTest
class BadInputSweepTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicInteger CLIENT = new AtomicInteger();
    static final String HUGE = "x".repeat(100_000);

    @Autowired
    TestRestTemplate http;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    ConsultationService consultations;
    @Autowired
    HourLedger ledger;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    /** A body field: its name, whether it must be present, and values of its type that are never valid for it. */
    record Field(String name, boolean required, List<Object> invalid) {
    }

    record Probe(String description, HttpMethod method, String path, String user, MediaType type, String body) {
    }

    static final List<Object> NOT_A_TEXT = List.of(42, 1.5, true, List.of("a"), Map.of("a", 1), HUGE);
    static final List<Object> NOT_A_COUNT = List.of("30", 1.5, true, "x", List.of(1), Map.of(), 99_999_999_999L, -5);
    static final List<Object> NOT_A_BOOLEAN = List.of(2, "true", "yes", List.of(true), Map.of());
    static final List<Object> NOT_A_DATE = List.of("2026-02-30", "2026-12-18T10:00:00", 20261218, "", "x", "-2026-12-01", HUGE);
    static final List<Object> NOT_AN_ENUM = List.of("NOPE", 0, "", true, List.of("MEETING"), "meeting ");
    static final List<Object> NOT_A_DATE_TIME = List.of("2026-02-30T10:00:00+09:00", "x", 5, "", HUGE, "2026-12-07");

    @TestFactory
    Stream<DynamicTest> noMalformedRequestIsAServerErrorOrWritesARow() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 7);
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 5));
        String caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
        long consultationId = consultations.receive(caseNumber, new NewConsultation("EMAIL",
                "2026-12-07T10:00:00+09:00", "client@example.jp", "相談 (A question)"), "consultant").id();
        long entryId = ledger.record(new NewTimeEntry(caseNumber, "consultant", today, 30, TimeEntryCategory.REVIEW,
                false, "レビュー (Review)", "consultant")).id();
        String hearingCase = fixture.inquiry();
        Task hearing = fixture.task(hearingCase, EngagementProcess.TASK_HEARING);
        tasks.claim(hearing.getId(), "consultant");

        List<Probe> probes = new ArrayList<>();
        String engagement = "/api/engagements/" + caseNumber;
        bodies(probes, "inquiry", HttpMethod.POST, "/api/inquiries", null, Map.of(
                "organisation", "山田製作所", "contactName", "山田 太郎", "contactEmail", "taro@yamada.example",
                "employeeCount", 15, "message", "会議で何も決まらない", "preferredPace", "STANDARD"), List.of(
                new Field("organisation", true, NOT_A_TEXT), new Field("contactName", true, NOT_A_TEXT),
                new Field("contactEmail", true, with(NOT_A_TEXT, "taro@", "not an address")),
                new Field("employeeCount", true, NOT_A_COUNT), new Field("message", true, NOT_A_TEXT),
                new Field("preferredPace", false, NOT_AN_ENUM)));
        bodies(probes, "time entry", HttpMethod.POST, engagement + "/time-entries", "consultant", Map.of(
                "workDate", "2026-12-07", "minutes", 90, "category", "MEETING", "scheduledMeeting", true, "note", "定例会"),
                List.of(new Field("workDate", true, with(NOT_A_DATE, "2026-12-08", "2026-11-30")),
                        new Field("minutes", true, with(NOT_A_COUNT, 0, 1441)),
                        new Field("category", true, NOT_AN_ENUM), new Field("scheduledMeeting", false, NOT_A_BOOLEAN),
                        new Field("note", false, NOT_A_TEXT), new Field("consultant", false, with(NOT_A_TEXT, "nobody"))));
        bodies(probes, "reversal", HttpMethod.POST, engagement + "/time-entries/" + entryId + "/reversal", "consultant",
                Map.of("note", "二重登録 (Recorded twice)"), List.of(new Field("note", false, NOT_A_TEXT)));
        bodies(probes, "notice", HttpMethod.POST, engagement + "/notices", "consultant", Map.of(
                "kind", "CANCELLATION", "party", "CLIENT", "noticeDate", "2026-12-07", "reason", "予算 (Budget)"), List.of(
                new Field("kind", true, NOT_AN_ENUM), new Field("party", true, NOT_AN_ENUM),
                new Field("noticeDate", true, with(NOT_A_DATE, "2026-12-06")), new Field("reason", true, NOT_A_TEXT),
                new Field("newPlan", false, NOT_AN_ENUM)));
        bodies(probes, "consultation", HttpMethod.POST, engagement + "/consultations", "consultant", Map.of(
                "channel", "EMAIL", "receivedAt", "2026-12-07T10:00:00+09:00", "sender", "client@example.jp",
                "subject", "相談 (A question)"), List.of(
                new Field("channel", true, with(NOT_A_TEXT, "FAX", "")), new Field("receivedAt", true, NOT_A_DATE_TIME),
                new Field("sender", true, NOT_A_TEXT), new Field("subject", true, NOT_A_TEXT)));
        bodies(probes, "reply", HttpMethod.POST, "/api/consultations/" + consultationId + "/reply", "consultant",
                Map.of("minutes", 20, "summary", "回答 (Answered)"), List.of(
                new Field("minutes", true, with(NOT_A_COUNT, 0)), new Field("summary", true, NOT_A_TEXT)));
        bodies(probes, "reassignment", HttpMethod.PUT, engagement + "/consultant", "manager",
                Map.of("consultant", "consultant2"), List.of(new Field("consultant", true, with(NOT_A_TEXT, "nobody", ""))));
        for (String month : List.of("-2026-12", "2026-13", "x", "", "2026-12-01", HUGE.substring(0, 5000), "+2026-12")) {
            for (String path : List.of(engagement + "/hours?month=", engagement + "/sla?month=", "/api/reports/monthly?month=")) {
                probes.add(new Probe("month " + abbreviate(month), HttpMethod.GET,
                        path + URLEncoder.encode(month, StandardCharsets.UTF_8), "manager", null, null));
            }
        }
        for (String id : List.of("abc", "-1", "99999999999999999999", "1.5")) {
            probes.add(new Probe("entry id " + id, HttpMethod.GET, engagement + "/time-entries/" + id, "manager", null, null));
            probes.add(new Probe("consultation id " + id, HttpMethod.GET, "/api/consultations/" + id, "manager", null, null));
            probes.add(new Probe("reply to id " + id, HttpMethod.POST, "/api/consultations/" + id + "/reply", "manager",
                    MediaType.APPLICATION_JSON, "{\"minutes\": 20, \"summary\": \"x\"}"));
        }
        for (String query : List.of("receivedAt=x&plan=STANDARD", "receivedAt=2026-02-30T10:00:00%2B09:00&plan=STANDARD",
                "receivedAt=2026-05-01T10:00:00%2B09:00&plan=NOPE", "plan=STANDARD", "receivedAt=2026-05-01T10:00:00%2B09:00")) {
            probes.add(new Probe("reply due " + query, HttpMethod.GET, "/api/calendar/reply-due?" + query, "consultant", null, null));
        }
        for (String query : List.of("from=x&to=2026-05-10", "from=2026-02-30&to=2026-03-10", "from=2026-05-10",
                "from=2026-05-10&to=2026-04-25", "from=-2026-05-01&to=2026-05-10", "from=1900-01-01&to=2999-12-31")) {
            probes.add(new Probe("business days " + query, HttpMethod.GET, "/api/calendar/business-days?" + query,
                    "consultant", null, null));
        }
        taskCompletions(probes, hearing.getId());

        Map<String, Object> hearingVariables = runtime.getVariables(hearing.getProcessInstanceId());
        return probes.stream().map(probe -> DynamicTest.dynamicTest(probe.description(), () -> {
            Map<String, Long> before = rows();

            ResponseEntity<String> response = send(probe);

            assertThat(response.getStatusCode().is4xxClientError()).as(probe + " -> " + response.getStatusCode() + " "
                    + response.getBody()).isTrue();
            assertThat(response.getHeaders().getContentType()).as(probe.description())
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = JSON.readTree(response.getBody());
            assertThat(problem.path("status").asInt()).isEqualTo(response.getStatusCode().value());
            assertThat(problem.path("detail").asText()).isNotBlank();
            assertThat(rows()).as(probe.description()).isEqualTo(before);
            assertThat(tasks.createTaskQuery().taskId(hearing.getId()).count()).isOne();
            assertThat(runtime.getVariables(hearing.getProcessInstanceId())).isEqualTo(hearingVariables);
        }));
    }

    /** For every field: each invalid value, null and (if required) its absence; then broken bodies and content types. */
    static void bodies(List<Probe> probes, String name, HttpMethod method, String path, String user,
            Map<String, Object> valid, List<Field> fields) throws Exception {
        for (Field field : fields) {
            for (Object value : field.invalid()) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(field.name(), value);
                probes.add(new Probe(name + ": " + field.name() + " = " + abbreviate(String.valueOf(value)), method, path,
                        user, MediaType.APPLICATION_JSON, JSON.writeValueAsString(body)));
            }
            if (field.required()) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.remove(field.name());
                probes.add(new Probe(name + ": without " + field.name(), method, path, user, MediaType.APPLICATION_JSON,
                        JSON.writeValueAsString(body)));
                body.put(field.name(), null);
                probes.add(new Probe(name + ": " + field.name() + " = null", method, path, user, MediaType.APPLICATION_JSON,
                        JSON.writeValueAsString(body)));
            }
        }
        String good = JSON.writeValueAsString(valid);
        probes.add(new Probe(name + ": unknown field", method, path, user, MediaType.APPLICATION_JSON,
                good.replaceFirst("\\{", "{\"budget\": 1, ")));
        for (String broken : List.of(good.substring(0, good.length() / 2), "{", "[]", "\"text\"", "{\"a\": }", "nul")) {
            probes.add(new Probe(name + ": broken JSON " + abbreviate(broken), method, path, user,
                    MediaType.APPLICATION_JSON, broken));
        }
        for (MediaType type : List.of(MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED,
                MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML)) {
            probes.add(new Probe(name + ": as " + type, method, path, user, type, good));
        }
    }

    void taskCompletions(List<Probe> probes, String taskId) throws Exception {
        Map<String, Object> valid = new LinkedHashMap<>();
        EngagementFixture.standardHearing().forEach((name, value) -> valid.put(name, value instanceof Boolean
                ? Map.of("value", value, "type", "Boolean")
                : value instanceof String ? Map.of("value", value, "type", "String")
                : Map.of("value", "[\"DECISION_SPARRING\"]", "type", "Json")));
        String path = "/engine-rest/task/" + taskId + "/submit-form";
        List<Map<String, Object>> invalid = List.of(Map.of("value", 12345, "type", "Integer"),
                Map.of("value", HUGE, "type", "String"), Map.of("value", "{broken", "type", "Json"),
                Map.of("value", "2026-02-30T10:00:00.000+0900", "type", "Date"), Map.of("value", "x", "type", "NoSuchType"),
                Map.of("value", "rO0ABXQAA2FiYw==", "type", "Object", "valueInfo", Map.of("objectTypeName",
                        "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")));
        for (String name : List.of("currentSituation", "pace", "targetScope", "requestedWork", "clearDecisionMaker")) {
            for (Map<String, Object> value : invalid) {
                Map<String, Object> variables = new LinkedHashMap<>(valid);
                variables.put(name, value);
                probes.add(new Probe("hearing: " + name + " as " + value.get("type") + " "
                        + abbreviate(String.valueOf(value.get("value"))), HttpMethod.POST, path, "consultant",
                        MediaType.APPLICATION_JSON, JSON.writeValueAsString(Map.of("variables", variables))));
            }
        }
        for (String required : List.of("currentSituation", "pace", "targetScope", "requestedWork")) {
            Map<String, Object> without = new LinkedHashMap<>(valid);
            without.remove(required);
            probes.add(new Probe("hearing: without " + required, HttpMethod.POST, path, "consultant",
                    MediaType.APPLICATION_JSON, JSON.writeValueAsString(Map.of("variables", without))));
        }
        String good = JSON.writeValueAsString(Map.of("variables", valid));
        for (String broken : List.of(good.substring(0, good.length() / 2), "{\"variables\": [1]}", "{\"variables\": 5}")) {
            probes.add(new Probe("hearing: broken body " + abbreviate(broken), HttpMethod.POST, path, "consultant",
                    MediaType.APPLICATION_JSON, broken));
        }
        for (MediaType type : List.of(MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED,
                MediaType.TEXT_PLAIN)) {
            probes.add(new Probe("hearing: as " + type, HttpMethod.POST, path, "consultant", type, good));
        }
        probes.add(new Probe("unknown task", HttpMethod.POST, "/engine-rest/task/no-such-task/submit-form", "consultant",
                MediaType.APPLICATION_JSON, good));
    }

    ResponseEntity<String> send(Probe probe) {
        HttpHeaders headers = new HttpHeaders();
        if (probe.type() != null) {
            headers.setContentType(probe.type());
        }
        headers.set("X-Forwarded-For", "198.18." + (CLIENT.get() / 250) + "." + (CLIENT.incrementAndGet() % 250 + 1));
        TestRestTemplate client = probe.user() == null ? http : http.withBasicAuth(probe.user(), probe.user());
        return client.exchange(URI.create(client.getRootUri() + probe.path()), probe.method(),
                new HttpEntity<>(probe.body(), headers), String.class);
    }

    /** Row counts of the service's own tables (not the engine's, Quartz's or Flyway's). */
    Map<String, Long> rows() {
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'
                AND table_name NOT LIKE 'ACT\\_%' ESCAPE '\\' AND table_name NOT LIKE 'QRTZ\\_%' ESCAPE '\\'
                AND table_name <> 'flyway_schema_history' ORDER BY table_name""").query(String.class).list();
        assertThat(tables).contains("ENGAGEMENT", "TIME_ENTRY", "CONSULTATION", "NOTICE");
        String counts = tables.stream().map(t -> "SELECT '" + t + "', COUNT(*) FROM " + t)
                .collect(Collectors.joining(" UNION ALL "));
        Map<String, Long> rows = new LinkedHashMap<>();
        jdbc.sql(counts).query((rs, n) -> rows.put(rs.getString(1), rs.getLong(2))).list();
        return rows;
    }

    static List<Object> with(List<Object> values, Object... more) {
        List<Object> all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return all;
    }

    static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
    }
}
