package jp.bansou.hours;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.FormValues;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.NotFoundException;
import jp.bansou.security.CaseAccess;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code case-figures.bpmn}: Tasklist's 工数とSLAの確認, the figures of
 * {@code GET /api/engagements/{caseNumber}/hours} and {@code /sla} for the same people.
 */
@Configuration(proxyBeanMethods = false)
class CaseFiguresProcessAdapters {

    private static final DateTimeFormatter TOKYO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    /** 案件と月の確認: the starter works on the case, the month is a month. */
    @Bean
    JavaDelegate openCaseFigures(CaseAccess access) {
        return execution -> {
            FormValues form = FormValues.of(execution);
            String caseNumber = form.text(CaseFiguresProcess.CASE_NUMBER);
            access.requireEngineUserWorksOn(caseNumber, form.optionalText("initiator").orElse(null));
            month(form);
            execution.setProcessBusinessKey(caseNumber);
        };
    }

    /** The figures as the task opens, local to the task: the form shows them read-only, the process keeps none. */
    @Bean
    TaskListener showCaseFigures(HourLedger ledger, ReplySla.Source replySla, Clock clock) {
        return task -> {
            FormValues form = FormValues.of(task);
            String caseNumber = form.text(CaseFiguresProcess.CASE_NUMBER);
            YearMonth month = month(form);
            MonthlyBalance hours;
            try {
                hours = ledger.balance(caseNumber, month);
            } catch (NotFoundException e) {
                throw new InvalidInputException(CaseFiguresProcess.CASE_NUMBER, "there is no case " + caseNumber);
            }
            ReplySla sla = replySla.of(caseNumber, month);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("figuresAsOf", TOKYO.format(clock.instant()));
            figures.put("capMinutes", hours.capMinutes());
            figures.put("usedMinutes", hours.usedMinutes());
            figures.put("remainingMinutes", hours.remainingMinutes());
            figures.put("percentUsed", hours.percentUsed() == null ? "–" : hours.percentUsed().toPlainString() + " %");
            figures.put("pendingMinutes", hours.pendingMinutes());
            figures.put("overCapMinutes", hours.approvedOverCapMinutes());
            figures.put("declinedMinutes", hours.declinedMinutes());
            figures.put("consultations", sla.consultations());
            figures.put("repliedInTime", sla.repliedInTime());
            figures.put("breached", sla.breached());
            figures.put("openConsultations", sla.open());
            task.setVariablesLocal(figures);
        };
    }

    /** 確認しました (Seen): nothing is recorded but that the starter saw the figures. */
    @Bean
    TaskListener confirmFiguresSeen() {
        return task -> {
            FormValues form = FormValues.of(task);
            if (!form.flag(CaseFiguresProcess.SEEN)) {
                throw new InvalidInputException(CaseFiguresProcess.SEEN, "tick 確認しました (Seen) to complete the task");
            }
        };
    }

    private static YearMonth month(FormValues form) {
        String month = form.text(CaseFiguresProcess.MONTH);
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(CaseFiguresProcess.MONTH, "invalid value '" + month + "', expected YYYY-MM such as 2026-12");
        }
    }
}
