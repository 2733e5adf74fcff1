package jp.bansou.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.engagement.EngagementService;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The inquiry at the top of the hearing form ({@code forms/engagement-hearing.form}, its text {@code Text_Inquiry}):
 * organisation, contact, employee count, preferred pace, received, message, as the case's table holds them.
 */
@Component
@Order(4)
class HearingFacts implements TaskFacts {

    static final String ORGANISATION = "inquiryOrganisation";
    static final String CONTACT = "inquiryContact";
    static final String EMPLOYEE_COUNT = "inquiryEmployeeCount";
    static final String PACE = "inquiryPace";
    static final String RECEIVED = "inquiryReceivedAt";
    static final String MESSAGE = "inquiryMessage";

    private final EngagementService engagements;

    HearingFacts(EngagementService engagements) {
        this.engagements = engagements;
    }

    @Override
    public Map<String, String> of(DelegateTask task) {
        if (!EngagementProcess.TASK_HEARING.equals(task.getTaskDefinitionKey())
                || !(task.getVariable(CaseVariables.CASE_NUMBER) instanceof String caseNumber)) {
            return Map.of();
        }
        Engagement inquiry = engagements.get(caseNumber);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(ORGANISATION, Shown.literal(inquiry.organisation()));
        facts.put(CONTACT, Shown.literal(inquiry.contactName() + " <" + inquiry.contactEmail() + ">"));
        facts.put(EMPLOYEE_COUNT, inquiry.employeeCount() + " 名");
        facts.put(PACE, inquiry.preferredPace() == null ? "指定なし (Not given)" : inquiry.preferredPace().label());
        facts.put(RECEIVED, Shown.time(inquiry.receivedAt()));
        facts.put(MESSAGE, Shown.literal(inquiry.message().strip()).replace("\r\n", "\n").replace("\n", "  \n"));
        return facts;
    }
}
