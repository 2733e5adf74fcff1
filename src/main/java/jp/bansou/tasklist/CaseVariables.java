package jp.bansou.tasklist;

import java.util.Optional;

import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementService;
import jp.bansou.platform.NotFoundException;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Every process instance of a case carries {@code caseNumber} and {@code organisation}, the two variables
 * Tasklist shows on each task card. Processes start with the case number (the engagement gets it when the case
 * is registered); the organisation is looked up from the case.
 */
@Component
class CaseVariables {

    public static final String CASE_NUMBER = "caseNumber";
    public static final String ORGANISATION = "organisation";

    private final EngagementService engagements;

    CaseVariables(EngagementService engagements) {
        this.engagements = engagements;
    }

    /** Sets {@code organisation} beside a known case number; returns the case, if there is one yet. */
    public Optional<Engagement> complete(VariableScope processInstance) {
        Object caseNumber = processInstance.getVariable(CASE_NUMBER);
        if (!(caseNumber instanceof String number) || number.isBlank()) {
            return Optional.empty();
        }
        Optional<Engagement> engagement = find(number);
        engagement.ifPresent(found -> {
            if (!found.organisation().equals(processInstance.getVariable(ORGANISATION))) {
                processInstance.setVariable(ORGANISATION, found.organisation());
            }
        });
        return engagement;
    }

    private Optional<Engagement> find(String caseNumber) {
        try {
            return Optional.of(engagements.get(caseNumber));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
