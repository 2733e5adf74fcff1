package jp.bansou.enablement;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.bansou.enablement.EnablementRecords.SupportWeight;
import jp.bansou.hours.HourLedger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * ステージゲート: runs a stage's exit criteria against everything recorded for the case and keeps the results as
 * a new gate, whose review with the client then decides the outcome. The Self-propelled gate also keeps the
 * support weight of the last months, used and planned.
 */
@Component
class StageGateCheck {

    private final Map<Stage, List<ExitCriterion>> criteria;
    private final StageWorkRecords records;
    private final StageGates gates;
    private final HourLedger hours;
    private final EnablementProperties properties;
    private final Clock clock;

    StageGateCheck(List<ExitCriterion> criteria, StageWorkRecords records, StageGates gates, HourLedger hours,
            EnablementProperties properties, Clock clock) {
        this.criteria = new EnumMap<>(criteria.stream().collect(Collectors.groupingBy(ExitCriterion::stage)));
        for (Stage stage : Stage.values()) {
            if (!this.criteria.containsKey(stage)) {
                throw new IllegalStateException("No exit criterion for the stage " + stage);
            }
        }
        this.records = records;
        this.gates = gates;
        this.hours = hours;
        this.properties = properties;
        this.clock = clock;
    }

    List<CriterionResult> evaluate(Stage stage, Evidence evidence) {
        return criteria.get(stage).stream().map(criterion -> criterion.check(evidence)).toList();
    }

    @Transactional
    StageGate check(String caseNumber, Stage stage, String requestNote) {
        List<CriterionResult> results = evaluate(stage, records.evidence(caseNumber));
        boolean allMet = results.stream().allMatch(CriterionResult::met);
        return gates.add(caseNumber, stage, clock.instant(), allMet, requestNote, results,
                stage == Stage.SELF_PROPELLED ? hoursTrend(caseNumber) : List.of());
    }

    /** 支援の重み: hours used in the last months (this one included) beside the hours planned for each. */
    List<MonthHours> hoursTrend(String caseNumber) {
        Map<YearMonth, Integer> planned = records.supportWeights(caseNumber).stream()
                .collect(Collectors.toMap(SupportWeight::month, SupportWeight::plannedHours));
        return hours.monthlyUsage(caseNumber, properties.hoursTrendMonths()).stream()
                .map(usage -> new MonthHours(usage.month(), usage.capMinutes(), usage.usedMinutes(),
                        planned.get(usage.month())))
                .toList();
    }
}
