package jp.bansou.hours;

import java.util.List;

import jp.bansou.platform.FormValues;
import jp.bansou.security.CaseAccess;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of {@code over-cap-approval.bpmn} and {@code log-time.bpmn}: thin adapters to {@link HourLedger}. */
@Configuration(proxyBeanMethods = false)
class HoursProcessAdapters {

    static final List<String> LOG_TIME_FIELDS =
            List.of("workDate", "minutes", "category", "scheduledMeeting", "note");

    /** 超過承認 (Over-cap approval): the manager's answer; the process keeps only the decision for its gateway. */
    @Bean
    TaskListener recordOverCapDecision(HourLedger ledger) {
        return task -> {
            FormValues form = FormValues.of(task);
            long entryId = ((Number) task.getVariable(OverCapApprovalProcess.TIME_ENTRY_ID)).longValue();
            ledger.decide(entryId, form.choice(OverCapApprovalProcess.DECISION, OverCapDecision.class),
                    form.optionalText("reason").orElse(null), form.actor());
            form.discard("reason", OverCapApprovalProcess.ENTRY_SUMMARY);
        };
    }

    /**
     * 案件の確認 (Check the case) of Tasklist's 工数登録 (Log time): the start form names the case; only its
     * consultant (or a manager) goes on to the entry form, which shows the case's hours of the month.
     */
    @Bean
    JavaDelegate openLogTime(CaseAccess access) {
        return execution -> {
            FormValues form = FormValues.of(execution);
            String caseNumber = form.text(LogTimeProcess.CASE_NUMBER);
            access.requireEngineUserWorksOn(caseNumber, form.optionalText(LogTimeProcess.INITIATOR).orElse(null));
            execution.setProcessBusinessKey(caseNumber);
        };
    }

    /**
     * 工数の記録 (Record the entry) of Tasklist's 工数登録 (Log time) entry form: the user who started the process
     * logs their own time on a case of theirs (a manager on any case).
     */
    @Bean
    JavaDelegate recordTimeEntry(HourLedger ledger, CaseAccess access) {
        return execution -> {
            FormValues form = FormValues.of(execution);
            String caseNumber = form.text(LogTimeProcess.CASE_NUMBER);
            String user = form.optionalText(LogTimeProcess.INITIATOR).orElse(null);
            access.requireEngineUserWorksOn(caseNumber, user);
            TimeEntry entry = ledger.record(new NewTimeEntry(caseNumber, user,
                    form.optionalDate("workDate").orElse(null),
                    form.optionalNumber("minutes").orElse(null),
                    form.optionalChoice("category", TimeEntryCategory.class).orElse(null),
                    form.flag("scheduledMeeting"),
                    form.optionalText("note").orElse(null),
                    user));
            execution.setProcessBusinessKey(caseNumber);
            form.discard(LOG_TIME_FIELDS);
            form.set(LogTimeProcess.TIME_ENTRY_ID, entry.id());
            form.set(LogTimeProcess.TIME_ENTRY_STATUS, entry.status().name());
        };
    }
}
