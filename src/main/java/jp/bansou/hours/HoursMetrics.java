package jp.bansou.hours;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import jp.bansou.contract.ContractService;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;

import org.springframework.stereotype.Component;

/**
 * Hours used against the caps this month (Tokyo), summed over the running contracts by the plan in force at
 * the start of the month: {@code bansou_hours_used_minutes / bansou_hours_cap_minutes} per plan is how much of
 * the reserved involvement is being used. Recomputed at most every {@link #REFRESH}, not on every scrape.
 */
@Component
class HoursMetrics {

    static final Duration REFRESH = Duration.ofSeconds(30);

    private final HourLedger ledger;
    private final ContractService contracts;
    private final Clock clock;
    private Usage usage = new Usage(Instant.EPOCH, new EnumMap<>(Plan.class), new EnumMap<>(Plan.class));

    HoursMetrics(HourLedger ledger, ContractService contracts, Clock clock, MeterRegistry registry) {
        this.ledger = ledger;
        this.contracts = contracts;
        this.clock = clock;
        for (Plan plan : Plan.values()) {
            if (plan.isContinuous()) {
                Gauge.builder("bansou.hours.used.minutes", this, metrics -> metrics.usage().used().getOrDefault(plan, 0))
                        .description("Minutes booked this month on running contracts")
                        .tag("plan", plan.name())
                        .register(registry);
                Gauge.builder("bansou.hours.cap.minutes", this, metrics -> metrics.usage().cap().getOrDefault(plan, 0))
                        .description("Monthly cap of the running contracts, prorated by the plan in force on each day")
                        .tag("plan", plan.name())
                        .register(registry);
            }
        }
    }

    private synchronized Usage usage() {
        Instant now = clock.instant();
        if (Duration.between(usage.at(), now).abs().compareTo(REFRESH) > 0) {
            YearMonth month = YearMonth.now(clock.withZone(BusinessTime.ZONE));
            Map<Plan, Integer> used = new EnumMap<>(Plan.class);
            Map<Plan, Integer> cap = new EnumMap<>(Plan.class);
            contracts.runningContracts().forEach(contract -> {
                MonthlyBalance balance = ledger.balance(contract.caseNumber(), month);
                contracts.planOn(contract.caseNumber(), month.atDay(1))
                        .or(() -> contracts.planOn(contract.caseNumber(), contract.startsOn()))
                        .ifPresent(plan -> {
                            used.merge(plan, balance.usedMinutes(), Integer::sum);
                            cap.merge(plan, balance.capMinutes(), Integer::sum);
                        });
            });
            usage = new Usage(now, used, cap);
        }
        return usage;
    }

    private record Usage(Instant at, Map<Plan, Integer> used, Map<Plan, Integer> cap) {
    }
}
