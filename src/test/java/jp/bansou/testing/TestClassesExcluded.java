package jp.bansou.testing;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps the test sources' components ({@code @TestComponent}, {@code @TestConfiguration}) out of a service node
 * started outside a Spring test (a separate JVM on the test classpath, or a context the test builds itself):
 * {@code @SpringBootApplication}'s component scan would otherwise pick them up, e.g. the
 * {@code EngagementFixture}. Spring's test framework does the same for its own contexts.
 */
public final class TestClassesExcluded extends TypeExcludeFilter
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton(TestClassesExcluded.class.getName(), this);
    }

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        try {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TestClassesExcluded;
    }

    @Override
    public int hashCode() {
        return TestClassesExcluded.class.hashCode();
    }
}
