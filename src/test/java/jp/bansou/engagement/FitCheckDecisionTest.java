package jp.bansou.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.testing.EngagementFixture;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code fit-check.dmn} as deployed, with the requested work as Tasklist's checklist submits it (JSON): out of
 * scope as a whole, split (切り分け) when mixed with enablement work, not a fit when the client wants the answer.
 */
@BansouTest
class FitCheckDecisionTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    RepositoryService repository;

    String fit(String requestedWork, boolean clientOwnsDecisions) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("requestedWork", EngagementFixture.requestedWork(
                requestedWork.isEmpty() ? new String[0] : requestedWork.split(" ")));
        variables.put("clientOwnsDecisions", clientOwnsDecisions);
        return decisions.evaluateDecisionTableByKey("fit-check", variables).getSingleEntry();
    }

    @ParameterizedTest(name = "{0} / client decides: {1} -> {2}")
    @CsvSource({
            "DECISION_SPARRING BUSINESS_PROCESS, true, FIT",
            "IT_DX_DECISION, true, FIT",
            "ORGANISATION_PEOPLE, false, NOT_A_FIT",
            "SYSTEM_DEVELOPMENT, true, OUT_OF_SCOPE",
            "DELIVERABLE_CONTRACT ONSITE_STAFFING, true, OUT_OF_SCOPE",
            "BUILD_ONLY_PROJECT, false, OUT_OF_SCOPE",
            "IT_DX_DECISION SYSTEM_DEVELOPMENT, true, SPLIT",
            "BUSINESS_PROCESS DELIVERABLE_CONTRACT, true, SPLIT",
            "ORGANISATION_PEOPLE ONSITE_STAFFING, true, SPLIT",
            "DECISION_SPARRING BUILD_ONLY_PROJECT SYSTEM_DEVELOPMENT, true, SPLIT",
            "IT_DX_DECISION SYSTEM_DEVELOPMENT, false, OUT_OF_SCOPE",
    })
    void theRequestedWorkAndTheClientsStanceDecideTheRoute(String requestedWork, boolean clientOwnsDecisions,
            String expected) {
        assertThat(fit(requestedWork, clientOwnsDecisions)).isEqualTo(expected);
    }

    /** The timeline names the table's answers by {@link Fit}'s labels. */
    @Test
    void everyAnswerOfTheTableIsAFit() {
        String definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey("fit-check")
                .latestVersion().singleResult().getId();
        assertThat(repository.getDmnModelInstance(definition).getModelElementsByType(OutputEntry.class).stream()
                .map(entry -> entry.getTextContent().strip().replace("\"", "")).distinct())
                .containsExactlyInAnyOrder(Arrays.stream(Fit.values()).map(Enum::name).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DECISION_SPARRING", "ORGANISATION_PEOPLE", "BUSINESS_PROCESS", "IT_DX_DECISION"})
    void everyKindOfEnablementWorkAloneIsAFit(String kind) {
        assertThat(fit(kind, true)).isEqualTo("FIT");
        assertThat(Arrays.asList("SYSTEM_DEVELOPMENT", "DELIVERABLE_CONTRACT", "ONSITE_STAFFING", "BUILD_ONLY_PROJECT"))
                .allSatisfy(outOfScope -> assertThat(fit(kind + " " + outOfScope, true)).isEqualTo("SPLIT"));
    }
}
