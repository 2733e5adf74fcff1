package jp.bansou.notification;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox relay on Quartz: a repeating trigger; a run missed while the service was down is simply skipped. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    static final String GROUP = "notification";

    @Bean
    JobDetail notificationRelayJob() {
        return JobBuilder.newJob(OutboxRelayJob.class)
                .withIdentity("outbox-relay", GROUP)
                .withDescription("通知の送信 (Send the notifications in the outbox)")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger notificationRelayTrigger(JobDetail notificationRelayJob, NotificationProperties properties) {
        return TriggerBuilder.newTrigger()
                .forJob(notificationRelayJob)
                .withIdentity("outbox-relay", GROUP)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.relayInterval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
