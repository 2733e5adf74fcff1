package jp.bansou.faults;

import jp.bansou.BansouApplication;
import jp.bansou.testing.TestClassesExcluded;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The main class of a service node in its own JVM ({@link ServiceProcess}): the service's own application,
 * started as {@link BansouApplication#main} does, with two differences a test needs. Its clock (the engine's,
 * which is the service's) runs in real time from the instant the test chose ({@code faults.clock-offset-ms}: the
 * engine's time minus the real time), so that a consultation's 18:00 due time can be minutes away on any day
 * the test runs; and the test sources' components stay out of the context.
 */
public final class ServiceMain {

    public static final String CLOCK_OFFSET = "faults.clock-offset-ms";

    private ServiceMain() {
    }

    public static void main(String[] args) {
        ClockUtil.offset(Long.getLong(CLOCK_OFFSET, 0L));
        new SpringApplicationBuilder(BansouApplication.class).initializers(new TestClassesExcluded()).run(args);
    }
}
