package jp.bansou.platform;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts parsing the engine's mappings ({@link EngineMappings}) when the application context is created, before its
 * beans are: for the database type its JDBC URL names (H2 or PostgreSQL, the two the service runs on). Registered in
 * {@code META-INF/spring.factories}.
 */
class EngineMappingsAhead implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        if (!environment.getProperty("camunda.bpm.enabled", Boolean.class, true)) {
            return;
        }
        databaseType(environment.getProperty("spring.datasource.url")).ifPresent(type -> context.getBeanFactory()
                .registerSingleton("engineMappings", EngineMappings.parseAhead(type,
                        environment.getProperty("camunda.bpm.database.table-prefix", ""))));
    }

    /** The engine's name for the database a JDBC URL leads to, as far as the URL tells. */
    static Optional<String> databaseType(@Nullable String jdbcUrl) {
        if (jdbcUrl == null) {
            return Optional.empty();
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.of("h2");
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Optional.of("postgres");
        }
        return Optional.empty();
    }
}
