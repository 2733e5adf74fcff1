package jp.bansou.channel;

import java.time.format.DateTimeFormatter;

import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.FormValues;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of {@code channel-triage.bpmn}: thin adapters to {@link Inbox}. */
@Configuration(proxyBeanMethods = false)
class TriageAdapters {

    private static final DateTimeFormatter TOKYO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    /** Tasklist shows the message in the task's description: sender, subject, when, why it needs a decision. */
    @Bean
    TaskListener describeTriageMessage(Inbox inbox) {
        return task -> inbox.stored(id(task)).ifPresent(m -> task.setDescription(m.source() + " · 差出人 (From): "
                + m.sender() + " · 件名 (Subject): " + (m.subject() == null ? "-" : m.subject()) + " · 受信 (Received): "
                + TOKYO.format(m.receivedAt()) + " · 理由 (Why): " + m.note()
                + (m.body() == null ? "" : " · " + cut(m.body(), 1500))));
    }

    /** 振り分け (Triage message). */
    @Bean
    TaskListener recordTriageDecision(Inbox inbox) {
        return task -> {
            FormValues form = FormValues.of(task);
            inbox.triage(id(task), form.choice("decision", TriageDecision.class),
                    form.optionalText("caseNumber").orElse(null), form.flag("addSenderAsContact"), form.actor());
            form.discard("decision", "caseNumber", "addSenderAsContact");
        };
    }

    private static long id(org.camunda.bpm.engine.delegate.DelegateTask task) {
        return ((Number) task.getVariable(TriageProcess.CHANNEL_MESSAGE_ID)).longValue();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
