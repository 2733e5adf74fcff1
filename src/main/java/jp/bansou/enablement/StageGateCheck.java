package jp.bansou.enablement;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * ステージゲート: runs a stage's exit criteria against everything recorded for the case and keeps the results as
 * a new gate, whose review with the client then decides the outcome.
 */
@Component
class StageGateCheck {

    private final Map<Stage, List<ExitCriterion>> criteria;
    private final EnablementRepository repository;
    private final Clock clock;

    StageGateCheck(List<ExitCriterion> criteria, EnablementRepository repository, Clock clock) {
        this.criteria = new EnumMap<>(criteria.stream().collect(Collectors.groupingBy(ExitCriterion::stage)));
        for (Stage stage : Stage.values()) {
            if (!this.criteria.containsKey(stage)) {
                throw new IllegalStateException("No exit criterion for the stage " + stage);
            }
        }
        this.repository = repository;
        this.clock = clock;
    }

    List<CriterionResult> evaluate(Stage stage, Evidence evidence) {
        return criteria.get(stage).stream().map(criterion -> criterion.check(evidence)).toList();
    }

    @Transactional
    StageGate check(String caseNumber, Stage stage, String requestNote) {
        List<CriterionResult> results = evaluate(stage, repository.evidence(caseNumber));
        boolean allMet = results.stream().allMatch(CriterionResult::met);
        long id = repository.insertGate(caseNumber, stage, clock.instant(), allMet, requestNote, results);
        return repository.findGate(id).orElseThrow();
    }
}
