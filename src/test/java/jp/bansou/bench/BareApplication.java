package jp.bansou.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jp.bansou.bench.bare.BareCamundaApplication;
import jp.bansou.testing.PostgresDatabase;

import org.awaitility.Awaitility;

/**
 * {@link BareCamundaApplication} running in a JVM of its own (the benchmark JVM's collector and memory options), on
 * the test classpath without the service's classes and resources ({@code target/classes}) and on a database of its
 * own on the benchmark's PostgreSQL server; up once {@code /actuator/health} answers UP. Closing it stops the JVM and
 * drops the database.
 */
final class BareApplication implements AutoCloseable {

    static final String PROCESS_START = "/engine-rest/process-definition/key/" + BareCamundaApplication.PROCESS
            + "/start";

    private final PostgresDatabase database;
    private final Process process;
    private final int port;

    private BareApplication(PostgresDatabase database, Process process, int port) {
        this.database = database;
        this.process = process;
        this.port = port;
    }

    static BareApplication start(Path log) throws Exception {
        PostgresDatabase database = PostgresDatabase.create(BareCamundaApplication.class);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.matches("-XX:\\+Use\\w+GC|-Xm[sx].*")).forEach(command::add);
        command.addAll(List.of("-cp", classpathWithoutTheService(), BareCamundaApplication.class.getName(),
                // no application.yaml of the test classpath: the bare starter's defaults and these
                "--spring.config.name=bare", "--server.port=" + port,
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + PostgresDatabase.USER,
                "--spring.datasource.password=" + PostgresDatabase.PASSWORD,
                "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=admin",
                "--camunda.bpm.authorization.enabled=true"));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        BareApplication bare = new BareApplication(database, process, port);
        try {
            HttpClient http = HttpClient.newHttpClient();
            Awaitility.await("the bare application UP, see " + log).atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> !process.isAlive() || http.send(HttpRequest.newBuilder(bare.uri("/actuator/health"))
                            .GET().build(), HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\""));
            if (!process.isAlive()) {
                throw new IllegalStateException("The bare application stopped before it came up, see " + log);
            }
            return bare;
        } catch (Exception | Error e) {
            bare.close();
            throw e;
        }
    }

    private static String classpathWithoutTheService() {
        String service = Path.of("target/classes").toAbsolutePath().toString();
        List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().toString().equals(service)).toList();
        if (entries.stream().noneMatch(entry -> entry.endsWith("test-classes"))) {
            throw new IllegalStateException("The test classes are not on the class path: " + entries);
        }
        return String.join(File.pathSeparator, entries);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Its resident memory at its peak so far (VmHWM). */
    long peakMemoryMegabytes() throws IOException {
        return ServiceBenchmark.memoryMegabytes(process.pid(), "VmHWM");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        database.close();
    }
}
