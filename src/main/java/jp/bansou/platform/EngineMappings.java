package jp.bansou.platform;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's MyBatis mappings (its 55 mapping files), parsed on a thread of their own while the rest of the
 * application context is created. Parsing them was the largest single step of a start-up, about a third of the main
 * thread's time (README, Performance); the engine takes the result when it was parsed for the database type and
 * table prefix it finds, and parses them itself otherwise. The parse is the engine's own
 * ({@code ProcessEngineConfigurationImpl.initSqlSessionFactory}): the same file, the same properties.
 */
final class EngineMappings {

    private static final Logger log = LoggerFactory.getLogger(EngineMappings.class);

    private final String databaseType;
    private final String tablePrefix;
    private final CompletableFuture<Configuration> parsed;

    private EngineMappings(String databaseType, String tablePrefix, CompletableFuture<Configuration> parsed) {
        this.databaseType = databaseType;
        this.tablePrefix = tablePrefix;
        this.parsed = parsed;
    }

    /** Starts the parse for this database type (the engine's name for it, e.g. {@code postgres}) and prefix. */
    static EngineMappings parseAhead(String databaseType, String tablePrefix) {
        CompletableFuture<Configuration> parsed = new CompletableFuture<>();
        Thread parser = new Thread(() -> {
            try {
                parsed.complete(parse(databaseType, tablePrefix));
            } catch (Throwable e) {
                parsed.completeExceptionally(e);
            }
        }, "engine-mappings");
        parser.setDaemon(true);
        parser.start();
        return new EngineMappings(databaseType, tablePrefix, parsed);
    }

    /**
     * The mappings parsed ahead, waiting for the parse to end, if they were parsed for this database type and
     * prefix; empty otherwise, and when the parse failed (the engine's own parse then reports why).
     */
    Optional<Configuration> parsedFor(@Nullable String databaseType, @Nullable String tablePrefix) {
        if (!this.databaseType.equals(databaseType) || !this.tablePrefix.equals(tablePrefix)) {
            log.info("The engine's mappings were parsed ahead for {} and prefix '{}', the engine runs on {} and '{}': "
                    + "it parses them again", this.databaseType, this.tablePrefix, databaseType, tablePrefix);
            return Optional.empty();
        }
        try {
            return Optional.of(parsed.get());
        } catch (ExecutionException e) {
            log.warn("Parsing the engine's mappings ahead failed; the engine parses them itself", e.getCause());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Configuration parse(String databaseType, String tablePrefix) throws Exception {
        Properties properties = new Properties();
        properties.put("prefix", tablePrefix);
        ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, tablePrefix, databaseType);
        try (Reader reader = new InputStreamReader(
                ReflectUtil.getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE),
                StandardCharsets.UTF_8)) {
            return new XMLConfigBuilder(reader, "", properties).parse();
        }
    }
}
