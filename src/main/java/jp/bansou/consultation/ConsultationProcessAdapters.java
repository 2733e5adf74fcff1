package jp.bansou.consultation;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.FormValues;
import jp.bansou.security.CaseAccess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
            FormValues form = FormValues.of(execution);
            String caseNumber = form.optionalText(ConsultationProcess.CASE_NUMBER).orElse(null);
            Optional<String> user = form.user();
            // started from Tasklist's start form: only for a case of the user's (or by a manager)
            user.ifPresent(userId -> access.requireEngineUserWorksOn(caseNumber, userId));
            Consultation consultation = consultations.register(caseNumber,
                    new NewConsultation(
                            form.optionalText(ConsultationProcess.CHANNEL).orElse(null),
                            form.optionalDateTimeText(ConsultationProcess.RECEIVED_AT).orElse(null),
                            form.optionalText(ConsultationProcess.SENDER).orElse(null),
                            form.optionalText(ConsultationProcess.SUBJECT).orElse(null)),
                    execution.getProcessInstanceId(),
                    user.orElseGet(() -> form.optionalText(ConsultationProcess.RECORDED_BY).orElse(null)));
            execution.setProcessBusinessKey(consultation.businessKey());
            form.set(ConsultationProcess.CONSULTATION_ID, consultation.id());
            form.set(ConsultationProcess.CONSULTANT, consultation.consultant());
            form.discard(ConsultationProcess.CHANNEL, ConsultationProcess.RECEIVED_AT, ConsultationProcess.SENDER,
                    ConsultationProcess.SUBJECT, ConsultationProcess.RECORDED_BY);
        };
    }

    /** Tasklist shows a task's description: what the consultation is about, without copying it into variables. */
    @Bean
    TaskListener describeConsultation(ConsultationService consultations) {
        return task -> task.setDescription(description(consultations.get(id(task.getExecution()))));
    }

    static String description(Consultation c) {
        return c.caseNumber() + " · " + c.channel().label() + " · 差出人 (From): " + c.sender() + " · 件名 (Subject): "
                + c.subject() + " · 受信 (Received): " + TOKYO.format(c.receivedAt()) + " · 返信期限 (Reply due): "
                + TOKYO.format(c.dueAt()) + " (" + c.plan().label() + ")";
    }

    /** 相談への返信 (Reply to consultation). */
    @Bean
    TaskListener recordReply(ConsultationService consultations) {
        return task -> {
            FormValues form = FormValues.of(task);
            consultations.recordReply(id(task.getExecution()), form.optionalNumber("minutes").orElse(null),
                    form.optionalText("summary").orElse(null), form.actor(),
                    form.optionalDateTimeText(ConsultationProcess.REPLIED_AT).orElse(null),
                    form.optionalChoice(ConsultationProcess.REPLY_CHANNEL, ReplyChannel.class)
                            .orElse(ReplyChannel.MANUAL));
            // last, once the reply passed every check: a mail sent cannot be taken back (its failure undoes the reply)
            if (form.flag("sendEmail")) {
                consultations.sendReply(id(task.getExecution()), form.optionalText("emailText").orElse(null),
                        form.actor());
            }
            form.discard("minutes", "summary", ConsultationProcess.REPLIED_AT, ConsultationProcess.REPLY_CHANNEL,
                    "sendEmail", "emailText");
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
            FormValues form = FormValues.of(task);
            consultations.recordEscalationHandling(id(task.getExecution()),
                    form.choice("escalationAction", EscalationAction.class), form.text("escalationNote"),
                    form.actor());
            form.discard("escalationAction", "escalationNote");
        };
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(ConsultationProcess.CONSULTATION_ID)).longValue();
    }
}
