package jp.bansou.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Consultations for Prometheus: how many replies are owed, how many of those are past due, and how long after
 * its due time each late reply was escalated (the job executor's promptness, see the timer tuning).
 */
@Component
class ConsultationMetrics {

    private final ConsultationRepository consultations;
    private final Clock clock;
    private final Timer escalationLag;

    ConsultationMetrics(ConsultationRepository consultations, Clock clock, MeterRegistry registry) {
        this.consultations = consultations;
        this.clock = clock;
        Gauge.builder("bansou.consultations.open", this, metrics -> metrics.open().size())
                .description("Consultations whose reply is still owed")
                .register(registry);
        Gauge.builder("bansou.consultations.breached", this, ConsultationMetrics::openPastDue)
                .description("Consultations whose reply is owed and past its due time")
                .register(registry);
        this.escalationLag = Timer.builder("bansou.escalation.lag")
                .description("From a reply's due time to its escalation task for the managers")
                .publishPercentiles(0.5, 0.95)
                .register(registry);
    }

    void escalated(Consultation consultation, Instant at) {
        escalationLag.record(Duration.between(consultation.dueAt(), at).abs());
    }

    private List<Consultation> open() {
        return consultations.findOpen();
    }

    private double openPastDue() {
        Instant now = clock.instant();
        return open().stream().filter(consultation -> consultation.dueAt().isBefore(now)).count();
    }
}
