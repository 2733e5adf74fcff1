package jp.bansou.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.springframework.util.FileSystemUtils;

/**
 * Start-up of the packaged service ({@code java -jar}, a fresh JVM) against the benchmark's PostgreSQL, which
 * already holds the schema and the deployment: from the process start to {@code /actuator/health} answering UP,
 * with the moments its log reaches the main steps (seconds after the process start), and its resident memory then.
 */
final class StartupBenchmark {

    /** The log line that marks each step, in the order they happen. */
    static final Map<String, String> STEPS = stepMarkers();

    private static final Pattern ENTRYPOINT = Pattern.compile("ENTRYPOINT \\[(\"java\",[^]]*)]");

    private final String databaseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    StartupBenchmark(String databaseUrl) {
        this.databaseUrl = databaseUrl;
    }

    private static Map<String, String> stepMarkers() {
        Map<String, String> steps = new LinkedHashMap<>();
        steps.put("spring_starting", "Starting BansouApplication");
        steps.put("connection_pool", "HikariPool-1 - Start completed");
        steps.put("flyway_done", "Successfully applied");
        steps.put("flyway_validated", "Successfully validated");
        steps.put("engine_built", "ENGINE-00001");
        steps.put("processes_deployed", "Processes and forms: deployment");
        steps.put("tomcat_started", "Tomcat started on port");
        steps.put("application_started", "Started BansouApplication");
        steps.put("job_executor_started", "ENGINE-14014");
        return steps;
    }

    /** The packaged jar as built ({@code java -jar target/bansou-….jar}): seconds to health UP and the steps. */
    Map<String, Object> measure(String name) throws Exception {
        return measure(name, List.of(), jar());
    }

    /**
     * The jar as the container image runs it (docker-compose.yml): extracted ({@code -Djarmode=tools extract}) and
     * with a class-data-sharing archive written by a training run that starts the context on an in-memory H2 and
     * stops ({@code -Dspring.context.exit=onRefresh}), the JVM's classes then mapped from the archive instead of
     * being loaded and verified one by one; the training run and the starts take the image's JVM options
     * ({@link #imageJvmOptions}). Started up to {@code runs} times, as long as another start ends before
     * {@code until}: the median start (of two, the slower) with its memory and steps, and every start's seconds in
     * the order they ran ({@code _runs_s}).
     */
    Map<String, Object> measureWithClassDataSharing(String name, int runs, Instant until) throws Exception {
        Path folder = Path.of("target/bench/cds");
        FileSystemUtils.deleteRecursively(folder);
        Files.createDirectories(folder);
        run(folder.resolve("extract.log"), javaCommand(), "-Djarmode=tools", "-jar", jar().toString(), "extract",
                "--destination", folder.resolve("app").toString());
        Path extracted;
        try (Stream<Path> files = Files.list(folder.resolve("app"))) {
            extracted = files.filter(file -> file.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Path archive = folder.resolve("bansou.jsa");
        List<String> imageOptions = imageJvmOptions(Files.readString(Path.of("docker-compose.yml")));
        List<String> training = new ArrayList<>(List.of(javaCommand()));
        training.addAll(imageOptions);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                extracted.toString(), "--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:mem:cds-training",
                "--server.port=0"));
        run(folder.resolve("training.log"), training.toArray(String[]::new));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("The training run wrote no archive, see " + folder.resolve("training.log"));
        }
        List<Map<String, Object>> starts = new ArrayList<>();
        Duration longest = Duration.ZERO;
        while (starts.size() < runs && (starts.isEmpty() || Instant.now().plus(longest).isBefore(until))) {
            Instant began = Instant.now();
            List<String> options = new ArrayList<>(imageOptions);
            options.add("-XX:SharedArchiveFile=" + archive);
            starts.add(measure(name, options, extracted));
            Duration took = Duration.between(began, Instant.now());
            longest = took.compareTo(longest) > 0 ? took : longest;
        }
        List<Object> seconds = starts.stream().map(start -> start.get(name + "_s")).toList();
        starts.sort(Comparator.comparingDouble(start -> (Double) start.get(name + "_s")));
        Map<String, Object> median = new LinkedHashMap<>(starts.get(starts.size() / 2));
        median.put(name + "_runs_s", seconds);
        return median;
    }

    private Map<String, Object> measure(String name, List<String> jvmOptions, Path jar) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target/bench/" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaCommand()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(),
                "--spring.profiles.active=postgres", "--server.port=" + port,
                "--BANSOU_DB_URL=" + databaseUrl, "--BANSOU_DB_USER=postgres", "--BANSOU_DB_PASSWORD=",
                // Its clock reads today, the benchmark node's days later: it would reschedule the nightly history
                // cleanup to today's window, in the benchmark node's past, and that node would run it at once.
                "--camunda.bpm.generic-properties.properties.historyCleanupEnabled=false",
                "--logging.level.root=info"));
        Instant launched = Instant.now();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            URI health = URI.create("http://localhost:" + port + "/actuator/health");
            Awaitility.await("health UP, see " + log).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> isUp(health) || !process.isAlive());
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped before it came up, see " + log);
            }
            result.put(name + "_s", ServiceBenchmark.round(Duration.between(launched, Instant.now()).toMillis() / 1000.0));
            result.put(name + "_rss_mb", ServiceBenchmark.memoryMegabytes(process.pid(), "VmRSS"));
            result.put(name + "_steps_s", steps(log, launched));
        } finally {
            process.destroy();
            process.waitFor();
        }
        return result;
    }

    /**
     * The JVM options of the image's {@code ENTRYPOINT ["java", …, "-jar", …]} in docker-compose.yml, but its archive,
     * so the benchmark starts the service as the image does.
     */
    static List<String> imageJvmOptions(String compose) {
        Matcher entrypoint = ENTRYPOINT.matcher(compose);
        if (!entrypoint.find()) {
            throw new IllegalStateException("No ENTRYPOINT [\"java\", …] in docker-compose.yml");
        }
        List<String> words = Arrays.stream(entrypoint.group(1).split(","))
                .map(word -> word.strip().replaceAll("^\"|\"$", "")).toList();
        if (!words.contains("-jar")) {
            throw new IllegalStateException("The ENTRYPOINT in docker-compose.yml runs no -jar: " + words);
        }
        return words.subList(1, words.indexOf("-jar")).stream()
                .filter(option -> !option.startsWith("-XX:SharedArchiveFile=")).toList();
    }

    private static void run(Path log, String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed, see " + log);
        }
    }

    private boolean isUp(URI health) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Map<String, Double> steps(Path log, Instant launched) throws IOException {
        List<String> lines = Files.readAllLines(log);
        Map<String, Double> steps = new LinkedHashMap<>();
        STEPS.forEach((step, marker) -> lines.stream().filter(line -> line.contains(marker)).findFirst()
                .flatMap(StartupBenchmark::timestamp)
                .ifPresent(at -> steps.put(step, ServiceBenchmark.round(
                        Duration.between(launched, at).toMillis() / 1000.0))));
        return steps;
    }

    private static Optional<Instant> timestamp(String line) {
        try {
            return Optional.of(OffsetDateTime.parse(line.substring(0, line.indexOf(' '))).toInstant());
        } catch (RuntimeException notTimestamped) {
            return Optional.empty();
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("bansou-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/ (run through verify)"));
        }
    }
}
