package jp.bansou.tasklist;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.Pace;
import jp.bansou.platform.BusinessTime;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The inquiry shown read-only at the top of the hearing form ({@code forms/engagement-hearing.form}). The process
 * keeps only the case number, so the inquiry is copied from the case into variables local to the hearing task:
 * they go with the task and are never part of the case's process variables.
 */
final class HearingInquiry {

    static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(BusinessTime.ZONE);
    private static final Map<Pace, String> PACES = Map.of(
            Pace.SLOW, "ゆっくり・歩く (Slow, walking)",
            Pace.STANDARD, "標準・ジョギング (Standard, jogging)",
            Pace.FAST, "速く・走る (Fast, running in waves)");

    private HearingInquiry() {
    }

    static void show(DelegateTask task, Engagement inquiry) {
        task.setVariableLocal("inquiryOrganisation", inquiry.organisation());
        task.setVariableLocal("inquiryContact", inquiry.contactName() + " <" + inquiry.contactEmail() + ">");
        task.setVariableLocal("inquiryEmployeeCount", inquiry.employeeCount() + " 名");
        task.setVariableLocal("inquiryMessage", inquiry.message());
        task.setVariableLocal("inquiryPace", inquiry.preferredPace() == null
                ? "指定なし (Not given)" : PACES.get(inquiry.preferredPace()));
        task.setVariableLocal("inquiryReceivedAt", RECEIVED.format(inquiry.receivedAt()));
    }
}
