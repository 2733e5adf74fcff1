package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.bansou.engagement.EngagementProcess;
import jp.bansou.hours.HourLedger;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EmbeddedPostgresSupport;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Twenty clients at once on PostgreSQL, over HTTP: completing the same task gives one winner and 409 for the
 * others; recording time against the last free minutes books one entry and holds the others for approval (the
 * domain's rule for time past the cap), or answers 409. Never a 5xx.
 */
class ConcurrencyIT extends EmbeddedPostgresSupport {

    static final int PARALLEL = 20;
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    TaskService tasks;
    @Autowired
    HourLedger ledger;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> post(String user, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the same request from {@code PARALLEL} threads released together. */
    List<HttpResponse<String>> inParallel(Callable<HttpResponse<String>> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch ready = new CountDownLatch(PARALLEL);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    static String restVariables(Map<String, Object> variables) throws Exception {
        Map<String, Object> rest = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value instanceof JsonValue json) {
                rest.put(name, Map.of("value", json.getValueSerialized(), "type", "Json"));
            } else if (value instanceof SpinJsonNode node) {
                rest.put(name, Map.of("value", node.toString(), "type", "Json"));
            } else {
                rest.put(name, Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String"));
            }
        });
        return JSON.writeValueAsString(Map.of("variables", rest));
    }

    static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(status);
    }

    @Test
    void twentyCompletionsOfOneTaskGiveOneWinnerAndConflictsForTheOthers() throws Exception {
        String caseNumber = fixture.inquiry();
        Task hearing = fixture.task(caseNumber, EngagementProcess.TASK_HEARING);
        tasks.claim(hearing.getId(), "consultant");
        String body = restVariables(EngagementFixture.standardHearing());

        List<HttpResponse<String>> responses = inParallel(() ->
                post("consultant", "/engine-rest/task/" + hearing.getId() + "/submit-form", body));

        assertThat(responses).filteredOn(r -> r.statusCode() == 204).hasSize(1);
        for (HttpResponse<String> lost : responses.stream().filter(r -> r.statusCode() != 204).toList()) {
            assertProblem(lost, 409);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hearing WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).isOne();
        assertThat(fixture.task(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN)).isNotNull();
    }

    @Test
    void twentyFirstInquiriesOfAYearAllGetACaseNumber() throws Exception {
        TestClock.setTokyo(LocalDate.of(2040, 1, 10));
        AtomicInteger client = new AtomicInteger();

        List<HttpResponse<String>> responses = inParallel(() -> http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/inquiries"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "192.0.2." + client.incrementAndGet())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"organisation": "山田製作所", "contactName": "山田 太郎", "contactEmail": "taro@yamada.example",
                         "employeeCount": 15, "message": "会議で何も決まらない", "preferredPace": "STANDARD"}""")).build(),
                HttpResponse.BodyHandlers.ofString()));

        List<String> numbers = new ArrayList<>();
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            numbers.add(JSON.readTree(response.body()).path("caseNumber").asText());
        }
        // the year's sequence created by the first of them (the others wait for it or meet it created), then
        // one number each, none skipped while none failed
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, numbers.size())
                .mapToObj("C-2040-%04d"::formatted).toList());
    }

    @Test
    void twentyTimeEntriesAtTheCapBookOneAndHoldOrRefuseTheOthers() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 20);
        TestClock.setTokyo(today);
        String caseNumber = fixture.signedContract(Plan.STANDARD, today.withDayOfMonth(1));
        String entries = "/api/engagements/" + caseNumber + "/time-entries";
        assertThat(post("consultant", entries, """
                {"workDate": "2026-12-01", "minutes": 1425, "category": "ISSUE_MAPPING"}""").statusCode()).isEqualTo(201);

        List<HttpResponse<String>> responses = inParallel(() -> post("consultant", entries, """
                {"workDate": "2026-12-20", "minutes": 15, "category": "CONSULTATION", "note": "並行 (Parallel)"}"""));

        List<String> statuses = new ArrayList<>();
        for (HttpResponse<String> response : responses) {
            if (response.statusCode() == 201) {
                statuses.add(JSON.readTree(response.body()).path("status").asText());
            } else {
                assertProblem(response, 409);
            }
        }
        assertThat(statuses).filteredOn("BOOKED"::equals).hasSize(1);
        assertThat(statuses).allMatch(s -> s.equals("BOOKED") || s.equals("PENDING_APPROVAL"));
        var balance = ledger.balance(caseNumber, YearMonth.of(2026, 12));
        assertThat(balance.usedMinutes()).isEqualTo(1440).isEqualTo(balance.capMinutes());
        assertThat(balance.pendingMinutes()).isEqualTo((statuses.size() - 1) * 15);
    }
}
