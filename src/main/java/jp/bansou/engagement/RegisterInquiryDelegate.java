package jp.bansou.engagement;

import jp.bansou.engagement.EngagementService.InquiryVariables;
import jp.bansou.platform.FormValues;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 案件登録 (Register case): turns the inquiry Tasklist's start form (or an engine REST client) started the process
 * with into a case with its number. An inquiry from the service's API is registered before its process starts,
 * which then starts at the hearing.
 */
@Component("registerInquiry")
class RegisterInquiryDelegate implements JavaDelegate {

    private final EngagementService engagements;

    RegisterInquiryDelegate(EngagementService engagements) {
        this.engagements = engagements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = FormValues.of(execution);
        Inquiry inquiry = new Inquiry(
                form.optionalText("organisation").orElse(null),
                form.optionalText("contactName").orElse(null),
                form.optionalText("contactEmail").orElse(null),
                form.optionalNumber("employeeCount").orElse(null),
                form.optionalText("message").orElse(null),
                form.optionalChoice("preferredPace", Pace.class).orElse(null));
        String caseNumber = engagements.register(inquiry);
        execution.setProcessBusinessKey(caseNumber);
        form.discard(InquiryVariables.NAMES);
        form.set(EngagementProcess.CASE_NUMBER, caseNumber);
    }
}
