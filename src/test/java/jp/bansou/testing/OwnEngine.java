package jp.bansou.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Names the process engine and the Quartz scheduler of a test's Spring context after {@link #value()}, for a
 * context of its own (other properties, {@code @DirtiesContext}) living in the JVM beside the cached ones. With the
 * shipped names it would share them: Camunda keeps engines by name per JVM, and closing a context whose engine is
 * {@code default} unregisters the {@code default} engine of every other context; Quartz's job store registers its
 * connection provider by scheduler name, so the contexts would take each other's connection pool.
 *
 * <p>Letters and digits only: the Camunda starter silently ignores an engine name with a hyphen and keeps
 * {@code default}, so anything else fails the test at start-up. The test's own database (its H2 URL, or a
 * {@link PostgresDatabase}) is still the test's to set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(OwnEngine.Factory.class)
public @interface OwnEngine {

    /** The engine's and the scheduler's name. */
    String value();

    final class Factory implements ContextCustomizerFactory {

        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]+");

        @Override
        public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            OwnEngine own = TestContextAnnotationUtils.findMergedAnnotation(testClass, OwnEngine.class);
            if (own == null) {
                return null;
            }
            if (!NAME.matcher(own.value()).matches()) {
                throw new IllegalArgumentException("@OwnEngine(\"" + own.value() + "\") on " + testClass.getName()
                        + ": letters and digits only (the Camunda starter ignores other engine names)");
            }
            return new Names(own.value());
        }
    }

    /** A record: equal names make equal customizers, so that the context cache can share such a context. */
    record Names(String name) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ownEngine", Map.of(
                    "camunda.bpm.process-engine-name", name,
                    "spring.quartz.properties.org.quartz.scheduler.instanceName", name)));
        }
    }
}
