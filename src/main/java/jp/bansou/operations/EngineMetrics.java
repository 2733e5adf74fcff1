package jp.bansou.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The job executor's backlog: jobs due now that no executor has taken yet, and jobs that ran out of retries. */
@Component
class EngineMetrics {

    private final ManagementService management;
    private final MeterRegistry registry;

    EngineMetrics(ManagementService management, MeterRegistry registry) {
        this.management = management;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        Gauge.builder("bansou.jobs.due", management, m -> m.createJobQuery().executable().count())
                .description("Jobs due for execution (timers and async steps) not yet executed")
                .register(registry);
        Gauge.builder("bansou.jobs.failed", management, m -> m.createJobQuery().withException().noRetriesLeft().count())
                .description("Jobs that failed and have no retries left (incidents)")
                .register(registry);
    }
}
