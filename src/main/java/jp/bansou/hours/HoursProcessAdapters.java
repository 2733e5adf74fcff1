package jp.bansou.hours;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.security.CaseAccess;
import jp.bansou.platform.TaskForm;

import org.camunda.bpm.engine.delegate.DelegateExecution;
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
            TaskForm form = TaskForm.of(task);
            long entryId = ((Number) task.getVariable(HoursProcesses.TIME_ENTRY_ID)).longValue();
            ledger.decide(entryId, form.choice(HoursProcesses.DECISION, OverCapDecision.class),
                    form.optionalText("reason").orElse(null), form.actor());
            form.discard("reason", HoursProcesses.ENTRY_SUMMARY);
        };
    }

    /**
     * 工数の記録 (Record the entry) of Tasklist's 工数登録 (Log time) start form: the user who started the process
     * logs their own time on a case of theirs (a manager on any case).
     */
    @Bean
    JavaDelegate recordTimeEntry(HourLedger ledger, CaseAccess access) {
        return execution -> {
            String caseNumber = text(execution, HoursProcesses.CASE_NUMBER);
            if (caseNumber == null) {
                throw new InvalidInputException(HoursProcesses.CASE_NUMBER, "is required");
            }
            String user = text(execution, HoursProcesses.INITIATOR);
            access.requireEngineUserWorksOn(caseNumber, user);
            TimeEntry entry = ledger.record(new NewTimeEntry(caseNumber, user, date(execution, "workDate"),
                    minutes(execution), category(execution), flag(execution, "scheduledMeeting"),
                    text(execution, "note"), user));
            execution.setProcessBusinessKey(caseNumber);
            execution.removeVariables(LOG_TIME_FIELDS);
            execution.setVariable(HoursProcesses.TIME_ENTRY_ID, entry.id());
            execution.setVariable(HoursProcesses.TIME_ENTRY_STATUS, entry.status().name());
        };
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof String text) {
            return text.strip();
        }
        throw new InvalidInputException(name, "must be text");
    }

    private static Integer minutes(DelegateExecution execution) {
        Object value = execution.getVariable("minutes");
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw new InvalidInputException("minutes", "must be a whole number");
    }

    private static TimeEntryCategory category(DelegateExecution execution) {
        String value = text(execution, "category");
        if (value == null) {
            return null;
        }
        try {
            return TimeEntryCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("category", "must be one of " + List.of(TimeEntryCategory.values()));
        }
    }

    private static boolean flag(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new InvalidInputException(name, "must be true or false");
    }

    private static LocalDate date(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(BusinessTime.ZONE).toLocalDate();
        }
        try {
            String text = value.toString();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date (YYYY-MM-DD)");
        }
    }
}
