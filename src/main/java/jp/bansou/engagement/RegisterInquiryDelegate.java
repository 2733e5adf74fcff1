package jp.bansou.engagement;

import jp.bansou.engagement.EngagementService.InquiryVariables;
import jp.bansou.platform.InvalidInputException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 案件登録 (Register case): turns the inquiry the process started with into a case with its number. */
@Component("registerInquiry")
class RegisterInquiryDelegate implements JavaDelegate {

    private final EngagementService engagements;

    RegisterInquiryDelegate(EngagementService engagements) {
        this.engagements = engagements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Inquiry inquiry = new Inquiry(
                text(execution, "organisation"),
                text(execution, "contactName"),
                text(execution, "contactEmail"),
                employeeCount(execution.getVariable("employeeCount")),
                text(execution, "message"),
                pace(text(execution, "preferredPace")));
        String caseNumber = engagements.register(inquiry);
        execution.setProcessBusinessKey(caseNumber);
        execution.setVariable(EngagementProcess.CASE_NUMBER, caseNumber);
        execution.removeVariables(InquiryVariables.NAMES);
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidInputException(name, "must be text");
    }

    private static Integer employeeCount(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        throw new InvalidInputException("employeeCount", "must be a whole number");
    }

    private static Pace pace(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Pace.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("preferredPace", "must be one of SLOW, STANDARD, FAST");
        }
    }
}
