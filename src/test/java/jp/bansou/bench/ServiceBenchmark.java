package jp.bansou.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jp.bansou.BansouApplication;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.hours.HourTotals;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EmbeddedPostgresSupport;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.PostgresDatabase;
import jp.bansou.testing.TestClassesExcluded;
import jp.bansou.testing.TestClock;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The benchmark ({@code ./mvnw -Pbench verify}, never part of the normal build): the whole service on embedded
 * PostgreSQL with its job executor running, each figure beside a bare-engine baseline measured in the same run on
 * the same database. Writes {@code target/bench/results.json} and prints a table. {@code -Dbench.scale=} multiplies
 * the work (default 1: a few minutes on 2 cores). Not a test: it only checks that the work it timed was done.
 */
@TestPropertySource(properties = {"camunda.bpm.job-execution.enabled=true", "logging.level.root=warn",
        "camunda.bpm.generic-properties.properties.hostname=" + ServiceBenchmark.FIRST_NODE})
class ServiceBenchmark extends EmbeddedPostgresSupport {

    static final int THREADS = 4;
    static final String FIRST_NODE = "bench-node-a";
    static final String SECOND_NODE = "bench-node-b";
    static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
    /**
     * How long the node idles before one reply falls due (the acquisition's back-off is at its maximum after 7 s,
     * the wake-up's scan runs every 30 s); the start-up measurements run meanwhile, in other JVMs.
     */
    static final Duration IDLE = Duration.parse(System.getProperty("bench.idle", "PT2M"));

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConsultationService consultations;
    @Value("${spring.datasource.url}")
    String databaseUrl;

    final HttpClient http = HttpClient.newHttpClient();
    final Map<String, Object> results = new LinkedHashMap<>();

    static int scaled(int n) {
        return Math.max(1, (int) Math.round(n * SCALE));
    }

    @Test
    void run() throws Exception {
        long began = System.nanoTime();
        ClockUtil.reset();
        repository.createDeployment().name("bench").addModelInstance("bench-bare.bpmn", Bpmn.createExecutableProcess("benchBare")
                .startEvent().userTask("Task_Bare").endEvent().done()).deploy();
        results.put("scale", SCALE);
        results.put("threads", THREADS);

        results.put("bare_starts_per_s", rate(scaled(2000), () -> runtime.startProcessInstanceByKey("benchBare")));
        results.put("bare_rest_starts_per_s", rate(scaled(1000), () -> assertStatus(post("admin",
                "/engine-rest/process-definition/key/benchBare/start", "{}"), 200)));
        // before cases_per_s, whose inquiries would stay open on the board: measured at exactly 200 open cases
        results.putAll(BoardMeasurement.asResults(new BoardMeasurement(fixture, jdbc,
                (user, path) -> get(user, path).statusCode()).measure()));
        AtomicInteger client = new AtomicInteger();
        Work inquiry = () -> {
            HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/inquiries"))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "10." + client.incrementAndGet() / 65536 % 256 + "."
                            + client.get() / 256 % 256 + "." + client.get() % 256)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"organisation": "ベンチ製作所", "contactName": "山田 太郎", "contactEmail": "taro@bench.example",
                             "employeeCount": 15, "message": "会議で何も決まらない", "preferredPace": "STANDARD"}""")));
            assertStatus(created, 201);
            String caseNumber = new ObjectMapper().readTree(created.body()).path("caseNumber").asText();
            assertThat(fixture.task(caseNumber, EngagementProcess.TASK_HEARING)).isNotNull();
        };
        results.put("cases_per_s", rate(scaled(300), inquiry));
        results.put("cases_per_s_1_client", rate(scaled(100), 1, inquiry));
        results.put("anonymous_requests_per_s", rate(scaled(1000), () -> assertStatus(send(
                HttpRequest.newBuilder(uri("/actuator/health")).GET()), 200)));
        results.put("authenticated_requests_per_s", rate(scaled(1000), () -> assertStatus(
                get("admin", "/engine-rest/version"), 200)));
        results.put("rss_mb", memoryMegabytes(ProcessHandle.current().pid(), "VmHWM"));
        timers();
        EscalationBenchmark escalations = new EscalationBenchmark(consultations, fixture, jdbc, this);
        escalations(escalations);
        results.put("rss_mb_after_escalations", memoryMegabytes(ProcessHandle.current().pid(), "VmRSS"));
        // While this node idles (no job runs, the job log shows it), fresh JVMs of the packaged service start on
        // the same database; they finish well before the reply falls due.
        EscalationBenchmark.Idle idle = escalations.idleUntilDue(IDLE);
        StartupBenchmark startup = new StartupBenchmark(databaseUrl);
        results.putAll(startup.measure("startup"));
        // The image's start, the one with a target, three times if they end 30 s before the reply falls due.
        Instant beforeDue = Instant.now().plus(Duration.between(ClockUtil.now().toInstant(), idle.due()))
                .minusSeconds(30);
        results.putAll(startup.measureWithClassDataSharing("startup_cds", 3, beforeDue));
        escalations.afterIdle(idle, results);
        ClockUtil.reset();
        hoursBalance();
        bareApplication();
        results.put("run_s", Math.round((System.nanoTime() - began) / 1e9));
        write();
    }

    /** The number of replies falling due at once, and of bare timers beside them. */
    static int dueAtOnce() {
        return scaled(10_000);
    }

    /**
     * Late replies through the service, beside the bare timers above: the drain on this node, then the same on two
     * nodes (a second node started beside this one on the same database).
     */
    void escalations(EscalationBenchmark escalations) throws Exception {
        escalations.signCases();
        escalations.drain(dueAtOnce(), results);
        try (ConfigurableApplicationContext secondNode = secondNode()) {
            escalations.drainOnTwoNodes(twoNodesDueAtOnce(), SECOND_NODE, results);
        }
    }

    /** The replies falling due at once on two nodes: fewer than on one, to keep the benchmark within its time. */
    static int twoNodesDueAtOnce() {
        return scaled(2_500);
    }

    /**
     * A second service node in this JVM on the benchmark's database, with its job executor (its engine and Quartz
     * scheduler named apart, so that closing it leaves this node's alone; no webapps).
     */
    ConfigurableApplicationContext secondNode() {
        return new SpringApplicationBuilder(BansouApplication.class).initializers(new TestClassesExcluded())
                .profiles("postgres", "demo")
                .run("--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + PostgresDatabase.USER,
                        "--spring.datasource.password=" + PostgresDatabase.PASSWORD, "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.generic-properties.properties.hostname=" + SECOND_NODE,
                        "--camunda.bpm.process-engine-name=benchnodeb",
                        "--spring.quartz.properties.org.quartz.scheduler.instanceName=benchnodeb",
                        "--logging.level.root=warn");
    }

    /**
     * N instances whose timers fall due at the same instant: from that instant until the last one has ended. A
     * twentieth as many first, untimed, so that the engine's code is compiled as on a node that has been running:
     * this is the benchmark's first drain, and the escalations' comes after their receipts and reminders ran the
     * same code.
     */
    void timers() throws Exception {
        repository.createDeployment().name("bench-timer").addModelInstance("bench-timer.bpmn",
                Bpmn.createExecutableProcess("benchTimer").startEvent().intermediateCatchEvent("Event_Due")
                        .timerWithDate("${due}").endEvent().done()).deploy();
        bareTimersDueAtOnce(warmUp(dueAtOnce()));
        int n = dueAtOnce();
        Instant due = bareTimersStarted(n);
        RowsWritten rows = new RowsWritten(jdbc);
        long rowsBefore = rows.settled();
        double allDue = secondsUntilAllEnded(due, n);
        results.put("bare_timers_all_due_s", round(allDue));
        results.put("bare_timers_per_s", round(n / allDue));
        results.put("bare_timer_rows_written", round((rows.settled() - rowsBefore) / (double) n));

        // One timer after the node has idled long enough for the acquisition's wait to have grown to its maximum.
        Instant single = Instant.now().plusSeconds(15);
        runtime.startProcessInstanceByKey("benchTimer", Map.of("due", single.toString()));
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() ->
                history.createHistoricProcessInstanceQuery().processDefinitionKey("benchTimer")
                        .finishedAfter(java.util.Date.from(single)).count() == 1);
        results.put("first_timer_after_idle_s", round(Duration.between(single, Instant.now()).toMillis() / 1000.0));
    }

    /** n bare timers started before their common due time: seconds from it until the last instance ended. */
    double bareTimersDueAtOnce(int n) throws Exception {
        return secondsUntilAllEnded(bareTimersStarted(n), n);
    }

    /** Starts n bare timers, all due at one instant after the last has started; returns that instant. */
    Instant bareTimersStarted(int n) throws Exception {
        // started in about n / bare_starts_per_s seconds: due with half as much again to spare
        double startsPerSecond = ((Number) results.get("bare_starts_per_s")).doubleValue();
        Instant due = Instant.now().plusMillis(3000 + Math.round(1500 * n / startsPerSecond));
        String dueText = due.toString();
        rate(n, () -> runtime.startProcessInstanceByKey("benchTimer", Map.of("due", dueText)));
        return due;
    }

    double secondsUntilAllEnded(Instant due, int n) {
        assertThat(Instant.now()).as("all started before they fall due").isBefore(due);
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() ->
                history.createHistoricProcessInstanceQuery().processDefinitionKey("benchTimer")
                        .finishedAfter(java.util.Date.from(due)).count() == n);
        return Duration.between(due, Instant.now()).toMillis() / 1000.0;
    }

    /** How many to run untimed before a measurement of n. */
    static int warmUp(int n) {
        return Math.max(1, n / 20);
    }

    /**
     * GET …/hours of a case with 1,000 and with 100,000 entries in the month, inserted in bulk and then added to the
     * period's running totals by the statements of the migration's backfill.
     */
    void hoursBalance() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 20);
        for (int entries : new int[] {1_000, 100_000}) {
            TestClock.setTokyo(LocalDateTime.of(2026, 12, 20, 10, 0));
            String caseNumber = fixture.signedContract(Plan.STANDARD, today.withDayOfMonth(1));
            ClockUtil.reset();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < entries; i++) {
                rows.add(new Object[] {caseNumber, Date.valueOf(today.withDayOfMonth(1 + i % 20)), 1,
                        Timestamp.from(Instant.now())});
            }
            jdbc.batchUpdate("""
                    INSERT INTO time_entry (case_number, consultant, work_date, minutes, category, scheduled_meeting,
                    note, plan, held, recorded_by, recorded_at) VALUES (?, 'consultant', ?, ?, 'REVIEW', FALSE,
                    'bench', 'STANDARD', FALSE, 'consultant', ?)""", rows);
            // the running totals, as the migration backfills them: the ledger keeps them for the entries it records
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                HourTotals.recompute(connection);
                return null;
            });
            // what autovacuum does for a table that grew entry by entry, done now rather than during the
            // measurement: the statistics (planned with the figures of a table 100 times smaller, the page of
            // entries would be read another way from run to run) and the vacuum of the bulk insert
            jdbc.execute("VACUUM ANALYZE time_entry");
            String path = "/api/engagements/" + caseNumber + "/hours?month=2026-12";
            for (int i = 0; i < 3; i++) {
                assertStatus(get("manager", path), 200);
            }
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                long start = System.nanoTime();
                assertStatus(get("manager", path), 200);
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            millis.sort(null);
            results.put(entries == 1_000 ? "hours_balance_ms_1k" : "hours_balance_ms_100k", millis.get(10));
        }
    }

    /**
     * A bare Camunda application beside the service ({@link BareApplication}), under the REST load of
     * {@code bare_rest_starts_per_s} after a twentieth as many untimed: its rate and its peak memory.
     */
    void bareApplication() throws Exception {
        try (BareApplication bare = BareApplication.start(Path.of("target/bench/bare.log"))) {
            Work start = () -> assertStatus(send(HttpRequest.newBuilder(bare.uri(BareApplication.PROCESS_START))
                    .header("Authorization", basic("admin")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))), 200);
            int n = scaled(1000);
            rate(warmUp(n), start);
            results.put("bare_app_rest_starts_per_s", rate(n, start));
            results.put("bare_rss_mb", bare.peakMemoryMegabytes());
        }
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs the work n times on THREADS threads; operations per second. */
    double rate(int n, Work work) throws Exception {
        return rate(n, THREADS, work);
    }

    double rate(int n, int threadCount, Work work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(threadCount);
        try {
            AtomicInteger left = new AtomicInteger(n);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threadCount; t++) {
                done.add(threads.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        work.run();
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(10, TimeUnit.MINUTES);
            }
            return round(n / ((System.nanoTime() - start) / 1e9));
        } finally {
            threads.shutdownNow();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).GET());
    }

    HttpResponse<String> post(String user, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    static void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A memory figure of a process from {@code /proc/<pid>/status} in megabytes: VmRSS now, VmHWM its peak. */
    static long memoryMegabytes(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith(field + ":"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }

    void write() throws IOException {
        Path file = Path.of("target/bench/results.json");
        Files.createDirectories(file.getParent());
        results.put("measured_at", Instant.now().toString());
        results.put("cpus", Runtime.getRuntime().availableProcessors());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
        StringBuilder table = new StringBuilder("\nbansou benchmark (" + file + ")\n");
        results.forEach((key, value) -> table.append(String.format("  %-28s %s%n", key, value)));
        System.out.println(table);
    }
}
