package jp.bansou;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.EngineTestExtension;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service (metrics export included) on an in-memory H2 database with the demo users, the job executor and Quartz stopped
 * (tests execute jobs themselves), camunda-bpm-assert bound to the engine and the engine clock reset after
 * each test. Every test class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles({"demo", "test"})
@Import(EngagementFixture.class)
@ExtendWith(EngineTestExtension.class)
public @interface BansouTest {
}
