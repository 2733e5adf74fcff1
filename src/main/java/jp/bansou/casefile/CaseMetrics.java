package jp.bansou.casefile;

import java.util.Optional;
import java.util.function.Predicate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import jp.bansou.contract.Contract;
import jp.bansou.contract.ContractService;
import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementService;

import org.springframework.stereotype.Component;

/**
 * {@code bansou_cases_open{stage=INTAKE|CLOSING}}: open cases before a contract (inquiry, hearing, proposal,
 * spot) and after it (awaiting the closing report); the enablement steps in between are counted by the
 * enablement feature.
 */
@Component
class CaseMetrics {

    private final EngagementService engagements;
    private final ContractService contracts;

    CaseMetrics(EngagementService engagements, ContractService contracts, MeterRegistry registry) {
        this.engagements = engagements;
        this.contracts = contracts;
        register(registry, "INTAKE", contract -> contract.isEmpty());
        register(registry, "CLOSING", contract -> contract.isPresent() && !contract.get().isRunning());
    }

    private void register(MeterRegistry registry, String stage, Predicate<Optional<Contract>> inStage) {
        Gauge.builder("bansou.cases.open", this, metrics -> metrics.count(inStage))
                .description("Open cases by stage: the intake, the four enablement steps, the closing")
                .tag("stage", stage)
                .register(registry);
    }

    private long count(Predicate<Optional<Contract>> inStage) {
        return engagements.all().stream()
                .filter(engagement -> !engagement.isClosed())
                .map(Engagement::caseNumber)
                .filter(caseNumber -> inStage.test(contracts.findContract(caseNumber)))
                .count();
    }
}
