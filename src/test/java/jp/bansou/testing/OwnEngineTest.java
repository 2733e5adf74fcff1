package jp.bansou.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;

class OwnEngineTest {

    @OwnEngine("formLimits")
    static class Named {
    }

    static class Inheriting extends Named {
    }

    @OwnEngine("form-limits")
    static class Hyphenated {
    }

    static class Plain {
    }

    static ContextCustomizer customizer(Class<?> testClass) {
        return new OwnEngine.Factory().createContextCustomizer(testClass, List.of());
    }

    @Test
    void namesTheEngineAndTheSchedulerOverEveryOtherSource() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("camunda.bpm.process-engine-name", "default")));

        customizer(Named.class).customizeContext(context, null);

        assertThat(context.getEnvironment().getProperty("camunda.bpm.process-engine-name")).isEqualTo("formLimits");
        assertThat(context.getEnvironment().getProperty("spring.quartz.properties.org.quartz.scheduler.instanceName"))
                .isEqualTo("formLimits");
    }

    @Test
    void equalNamesMakeOneCachedContext() {
        assertThat(customizer(Inheriting.class)).isEqualTo(customizer(Named.class));
    }

    @Test
    void aNameTheStarterWouldIgnoreFailsTheTest() {
        assertThatIllegalArgumentException().isThrownBy(() -> customizer(Hyphenated.class))
                .withMessageContaining("letters and digits only");
    }

    @Test
    void aTestWithoutTheAnnotationIsLeftAlone() {
        assertThat(customizer(Plain.class)).isNull();
    }
}
