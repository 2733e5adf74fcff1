package jp.bansou.enablement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jp.bansou.enablement.EnablementRecords.DecisionPoint;
import jp.bansou.enablement.EnablementRecords.StakeholderHearing;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How Spring Data JDBC stores the enablement flow, checked on H2 ({@link EnablementStorageTest}) and PostgreSQL
 * ({@link EnablementStoragePostgresIT}): aggregates with their children come back whole and in order, a case's
 * decision points and gates are read in a fixed number of statements however many there are (no N+1), a gate is
 * decided once, and the records share the engine's transaction. The test classes run with
 * {@code OutputCaptureExtension}, which counts the statements {@code JdbcTemplate} logs.
 */
interface EnablementStorageChecks {

    String JDBC_TEMPLATE = "org.springframework.jdbc.core.JdbcTemplate";
    String STATEMENT = "Executing prepared SQL statement";

    ApplicationContext context();

    @Test
    default void aCasesDecisionPointsComeWithTheirOptionsInOneStatement(CapturedOutput output) {
        String caseNumber = aCaseInTheFlow();
        DecisionPoints decisionPoints = context().getBean(DecisionPoints.class);
        for (int i = 1; i <= 3; i++) {
            decisionPoints.add(caseNumber, new DecisionPoint("判断 " + i, "社長", List.of("A" + i, "B" + i, "C" + i)),
                    "consultant", Instant.now());
        }

        List<DecisionPoint> read = statements(output, 1, () -> decisionPoints.of(caseNumber));

        assertThat(read).extracting(DecisionPoint::question).containsExactly("判断 1", "判断 2", "判断 3");
        assertThat(read).extracting(DecisionPoint::options)
                .containsExactly(List.of("A1", "B1", "C1"), List.of("A2", "B2", "C2"), List.of("A3", "B3", "C3"));
    }

    @Test
    default void aCasesGatesComeWithTheirCriteriaAndHoursInTwoStatements(CapturedOutput output) {
        String caseNumber = aCaseInTheFlow();
        StageGates gates = context().getBean(StageGates.class);
        List<CriterionResult> criteria = List.of(new CriterionResult("A", "基準 A", true, "ok"),
                new CriterionResult("B", "基準 B", false, "none"));
        List<CriterionResult> reversed = List.of(criteria.get(1), criteria.get(0));
        List<MonthHours> trend = List.of(new MonthHours(YearMonth.of(2026, 12), 1440, 480, null),
                new MonthHours(YearMonth.of(2027, 1), 1440, 360, 12));
        gates.add(caseNumber, Stage.DIALOGUE, Instant.now(), false, "first", criteria, List.of());
        gates.add(caseNumber, Stage.DIALOGUE, Instant.now(), false, "second", reversed, List.of());
        StageGate last = gates.add(caseNumber, Stage.SELF_PROPELLED, Instant.now(), false, null, criteria, trend);

        List<StageGate> read = statements(output, 2, () -> gates.ofCase(caseNumber));

        assertThat(read).extracting(StageGate::seq).containsExactly(1, 2, 3);
        assertThat(read.get(0).criteria()).isEqualTo(criteria);
        assertThat(read.get(1).criteria()).isEqualTo(reversed);
        assertThat(read.get(1).hoursTrend()).isEmpty();
        assertThat(read.get(2).hoursTrend()).isEqualTo(trend);
        assertThat(statements(output, 2, () -> gates.find(last.id()))).contains(read.get(2));
    }

    @Test
    default void aGateIsDecidedOnceTheSecondDecisionFindsItDecided() {
        String caseNumber = aCaseInTheFlow();
        StageGates gates = context().getBean(StageGates.class);
        StageGate gate = gates.add(caseNumber, Stage.DIALOGUE, Instant.now(), true, null, List.of(), List.of());

        assertThat(gates.decide(gate.id(), GateOutcome.PASS, LocalDate.now(), Instant.now(), "consultant", "社長",
                null, null)).isTrue();
        assertThat(gates.decide(gate.id(), GateOutcome.BACK, LocalDate.now(), Instant.now(), "consultant2", null,
                null, null)).isFalse();
        assertThat(gates.find(gate.id())).get().extracting(StageGate::outcome, StageGate::decidedBy)
                .containsExactly(GateOutcome.PASS, "consultant");
    }

    @Test
    default void recordsAndTheEngineStateRollBackTogether() {
        String caseNumber = aCaseInTheFlow();
        RuntimeService runtime = context().getBean(RuntimeService.class);
        StageWorkRecords records = context().getBean(StageWorkRecords.class);
        String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(EnablementProcess.PROCESS_ID).singleResult().getId();
        AtomicReference<Integer> hearingsInside = new AtomicReference<>();

        assertThatThrownBy(() -> context().getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            context().getBean(EnablementService.class).recordHearing(caseNumber, new StakeholderHearing("社長",
                    StakeholderRole.MANAGEMENT, LocalDate.of(2026, 11, 1), "聞いた"), "consultant");
            runtime.setVariable(processInstanceId, "rolledBack", false);
            hearingsInside.set(records.evidence(caseNumber).hearings().size());
            throw new IllegalStateException("the command fails after both were written");
        })).hasMessageContaining("the command fails");

        assertThat(hearingsInside.get()).isEqualTo(1);
        assertThat(records.evidence(caseNumber).hearings()).isEmpty();
        assertThat(runtime.getVariable(processInstanceId, "rolledBack")).isNull();
    }

    private String aCaseInTheFlow() {
        return context().getBean(EngagementFixture.class).signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
    }

    /** Runs the read with the JDBC statements logged and checks how many it took. */
    private <T> T statements(CapturedOutput output, int expected, Supplier<T> read) {
        LoggingSystem logging = context().getBean(LoggingSystem.class);
        int before = count(output);
        logging.setLogLevel(JDBC_TEMPLATE, LogLevel.DEBUG);
        try {
            T result = read.get();
            assertThat(count(output) - before).as("SQL statements").isEqualTo(expected);
            return result;
        } finally {
            logging.setLogLevel(JDBC_TEMPLATE, null);
        }
    }

    private static int count(CapturedOutput output) {
        return output.getAll().split(STATEMENT, -1).length - 1;
    }
}
