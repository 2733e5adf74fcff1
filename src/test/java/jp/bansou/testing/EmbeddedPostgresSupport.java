package jp.bansou.testing;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a real PostgreSQL (profile {@code postgres}, a {@link PostgresDatabase}). Otherwise like
 * {@code @BansouTest}: demo users, job executor and Quartz stopped, camunda-bpm-assert bound, engine clock reset
 * after each test. Extend it from {@code *IT} classes (run by failsafe in {@code ./mvnw verify}); every subclass
 * shares one Spring context and one database, created once per JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "postgres", "test"})
@Import(EngagementFixture.class)
@ExtendWith(EngineTestExtension.class)
public abstract class EmbeddedPostgresSupport {

    /** Kept until the JVM ends, with the cached context that uses it. */
    private static final PostgresDatabase DATABASE = PostgresDatabase.create(EmbeddedPostgresSupport.class);

    /** Wins over the H2 URL of application-test.yaml. */
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgresDatabase.PASSWORD);
    }
}
