package jp.bansou.consultation;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The managers hear of a 返信遅延エスカレーション (Late reply escalation) as it opens, with a link to the task. */
@Configuration(proxyBeanMethods = false)
class EscalationNotificationAdapter {

    @Bean
    TaskListener notifyManagersOfEscalation(ConsultationService consultations, ConsultantNotifications notifications) {
        return task -> notifications.replyEscalated(consultations.get(
                ((Number) task.getVariable(ConsultationProcess.CONSULTATION_ID)).longValue()), task.getId());
    }
}
