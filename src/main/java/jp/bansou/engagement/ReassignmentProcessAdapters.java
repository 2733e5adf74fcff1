package jp.bansou.engagement;

import jp.bansou.platform.FormValues;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.NotFoundException;
import jp.bansou.security.Groups;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The step of {@code reassign-case.bpmn}: Tasklist's 担当交代 (Hand a case to another consultant), for managers. */
@Configuration(proxyBeanMethods = false)
class ReassignmentProcessAdapters {


    /**
     * 担当の変更 (Reassign the case), as {@code PUT /api/engagements/{caseNumber}/consultant}. Once the starter is
     * known to be a manager, the rights of the case move as the service's own work: a manager may hand cases over
     * but not edit authorizations in Camunda Admin.
     */
    @Bean
    JavaDelegate reassignCase(CaseReassignment reassignments, EngagementService engagements, IdentityService identity) {
        return execution -> {
            FormValues form = FormValues.of(execution);
            String user = form.optionalText(ReassignCaseProcess.INITIATOR).orElse(null);
            if (!Groups.isManager(identity, user)) {
                throw new InvalidInputException(ReassignCaseProcess.INITIATOR, "only a manager hands a case to another consultant, not "
                        + user);
            }
            String caseNumber = form.text(EngagementProcess.CASE_NUMBER);
            String consultant = form.text(EngagementProcess.CONSULTANT);
            String previous;
            try {
                previous = engagements.get(caseNumber).consultant();
            } catch (NotFoundException e) {
                throw new InvalidInputException(EngagementProcess.CASE_NUMBER, "there is no case " + caseNumber);
            }
            Context.getCommandContext().runWithoutAuthorization(() -> {
                reassignments.reassign(caseNumber, consultant);
                return null;
            });
            execution.setProcessBusinessKey(caseNumber);
            if (previous != null) {
                form.set(ReassignCaseProcess.PREVIOUS_CONSULTANT, previous);
            }
        };
    }
}
