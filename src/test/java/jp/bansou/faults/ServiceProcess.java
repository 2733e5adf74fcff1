package jp.bansou.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service in a JVM of its own, as an operator runs it: the application on the test's classpath
 * ({@code java.class.path}), profiles {@code postgres} and {@code demo}, its job executor and Quartz running, on a
 * free port. Its clock runs in real time from a chosen engine instant ({@link ServiceMain}). {@link #kill()} is
 * {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux, so no shutdown hook, no Spring
 * context close, no transaction completes.
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final long clockOffsetMillis;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, long clockOffsetMillis, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.clockOffsetMillis = clockOffsetMillis;
        this.log = log;
    }

    /** {@link #launch} and wait until its health is UP. */
    static ServiceProcess start(String name, String jdbcUrl, Instant engineNow, String... extraArguments) {
        return launch(name, jdbcUrl, engineNow, extraArguments).awaitHealthy();
    }

    /**
     * Starts a node whose engine clock reads {@code engineNow} now and runs on from there; does not wait for it.
     * {@code extraArguments} are more {@code --key=value} settings.
     */
    static ServiceProcess launch(String name, String jdbcUrl, Instant engineNow, String... extraArguments) {
        int port = freePort();
        long offset = engineNow.toEpochMilli() - System.currentTimeMillis();
        Path log = Path.of("target", "faults", name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+ExitOnOutOfMemoryError",
                "-D" + ServiceMain.CLOCK_OFFSET + "=" + offset,
                "-cp", System.getProperty("java.class.path"),
                ServiceMain.class.getName(),
                "--server.port=" + port,
                "--spring.profiles.active=postgres,demo",
                "--BANSOU_DB_URL=" + jdbcUrl, "--BANSOU_DB_USER=postgres", "--BANSOU_DB_PASSWORD=postgres",
                "--camunda.bpm.job-execution.enabled=true",
                "--logging.level.root=warn", "--logging.level.jp.bansou=info"));
        command.addAll(List.of(extraArguments));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            // not left running when the test JVM ends without closing it (a failsafe timeout, Ctrl-C)
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new ServiceProcess(name, process, port, offset, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    ServiceProcess awaitHealthy() {
        try {
            await(name + " health UP (log: " + log.toAbsolutePath() + ")").atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited with " + process.exitValue());
                        }
                        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
                                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                        return health.statusCode() == 200 && health.body().contains("\"UP\"");
                    });
        } catch (RuntimeException e) {
            close();
            throw new AssertionError(name + " did not start; the end of its log:\n" + tail(), e);
        }
        return this;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The node's engine time now. */
    Instant engineNow() {
        return Instant.ofEpochMilli(System.currentTimeMillis() + clockOffsetMillis);
    }

    /** SIGKILL (destroyForcibly on Linux), and wait until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " still alive 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the node if it still runs (SIGKILL: a test's leftover, nothing to keep). */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
