package jp.bansou.enablement;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** {@code bansou_cases_open{stage=DIALOGUE…SELF_PROPELLED}}: the cases under contract by enablement step. */
@Component
class EnablementMetrics {

    EnablementMetrics(EnablementFlows flows, MeterRegistry registry) {
        for (Stage stage : Stage.values()) {
            Gauge.builder("bansou.cases.open", flows, running -> running.countByStageAndEndedAtIsNull(stage))
                    .description("Open cases by stage: the intake, the four enablement steps, the closing")
                    .tag("stage", stage.name())
                    .register(registry);
        }
    }
}
