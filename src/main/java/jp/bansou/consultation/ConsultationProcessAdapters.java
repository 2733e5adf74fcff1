package jp.bansou.consultation;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.TaskForm;
import jp.bansou.security.CaseAccess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of {@code consultation.bpmn}: thin adapters from the process to {@link ConsultationService}. */
@Configuration(proxyBeanMethods = false)
class ConsultationProcessAdapters {

    private static final DateTimeFormatter TOKYO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    /** 相談の登録 (Register consultation): the business key becomes {@code <case number>/<consultation id>}. */
    @Bean
    JavaDelegate registerConsultation(ConsultationService consultations, CaseAccess access) {
        return execution -> {
            Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            if (user != null) {
                // started from Tasklist's start form: only for a case of the user's (or by a manager)
                access.requireEngineUserWorksOn(text(execution, ConsultationProcess.CASE_NUMBER), user.getUserId());
            }
            Consultation consultation = consultations.register(
                    text(execution, ConsultationProcess.CASE_NUMBER),
                    new NewConsultation(
                            text(execution, ConsultationProcess.CHANNEL),
                            dateTime(execution, ConsultationProcess.RECEIVED_AT),
                            text(execution, ConsultationProcess.SENDER),
                            text(execution, ConsultationProcess.SUBJECT)),
                    execution.getProcessInstanceId(),
                    user != null && user.getUserId() != null
                            ? user.getUserId() : text(execution, ConsultationProcess.RECORDED_BY));
            execution.setProcessBusinessKey(consultation.businessKey());
            execution.setVariable(ConsultationProcess.CONSULTATION_ID, consultation.id());
            execution.setVariable(ConsultationProcess.CONSULTANT, consultation.consultant());
            execution.removeVariables(List.of(ConsultationProcess.CHANNEL, ConsultationProcess.RECEIVED_AT,
                    ConsultationProcess.SENDER, ConsultationProcess.SUBJECT, ConsultationProcess.RECORDED_BY));
        };
    }

    /** Tasklist shows a task's description: what the consultation is about, without copying it into variables. */
    @Bean
    TaskListener describeConsultation(ConsultationService consultations) {
        return task -> task.setDescription(description(consultations.get(id(task.getExecution()))));
    }

    static String description(Consultation c) {
        return c.caseNumber() + " · " + c.channel() + " · 差出人 (From): " + c.sender() + " · 件名 (Subject): "
                + c.subject() + " · 受信 (Received): " + TOKYO.format(c.receivedAt()) + " · 返信期限 (Reply due): "
                + TOKYO.format(c.dueAt()) + " (" + c.plan() + ")";
    }

    /** 相談への返信 (Reply to consultation). */
    @Bean
    TaskListener recordReply(ConsultationService consultations) {
        return task -> {
            TaskForm form = TaskForm.of(task);
            consultations.recordReply(id(task.getExecution()), form.number("minutes"), form.text("summary"),
                    form.actor());
            form.discard("minutes", "summary");
        };
    }

    /** 担当者へのリマインド (Remind the consultant). */
    @Bean
    JavaDelegate remindConsultant(ConsultationService consultations) {
        return execution -> consultations.remind(id(execution));
    }

    /** 遅延の記録と通知 (Record breach, notify consultant). */
    @Bean
    JavaDelegate recordBreach(ConsultationService consultations) {
        return execution -> consultations.recordBreach(id(execution));
    }

    /** 返信遅延エスカレーション (Late reply escalation). */
    @Bean
    TaskListener recordEscalationHandling(ConsultationService consultations) {
        return task -> {
            TaskForm form = TaskForm.of(task);
            consultations.recordEscalationHandling(id(task.getExecution()),
                    form.choice("escalationAction", EscalationAction.class), form.text("escalationNote"),
                    form.actor());
            form.discard("escalationAction", "escalationNote");
        };
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(ConsultationProcess.CONSULTATION_ID)).longValue();
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidInputException(name, "must be text");
    }

    /** Tasklist's datetime field submits ISO text; a Java or REST client may send a Date, which is an instant. */
    private static String dateTime(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Date date ? date.toInstant().toString() : text(execution, name);
    }
}
