package jp.bansou.hours;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;

import jp.bansou.platform.BusinessTime;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monthly close on Quartz (JDBC job store, clustered): a cron trigger in Asia/Tokyo whose misfire
 * instruction is "fire once now". Spring Boot schedules the beans and, with {@code overwrite-existing-jobs},
 * replaces the stored trigger at every start-up so that a changed cron applies; a replaced trigger would forget
 * a close missed while the service was down, so it starts at the last scheduled time: Quartz sees that time
 * as missed and fires the close once at start-up. The close is idempotent, so when nothing was missed that run
 * changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class HoursConfiguration {

    static final String GROUP = "hours";
    static final String MONTHLY_CLOSE = "monthly-close";
    /** Far enough back to find the last fire time of a monthly cron. */
    private static final Duration LOOK_BACK = Duration.ofDays(62);

    @Bean
    JobDetail monthlyCloseJob() {
        return JobBuilder.newJob(MonthlyCloseJob.class)
                .withIdentity(MONTHLY_CLOSE, GROUP)
                .withDescription("月次締め (Monthly close of the previous month)")
                .storeDurably()
                .requestRecovery()
                .build();
    }

    @Bean
    Trigger monthlyCloseTrigger(JobDetail monthlyCloseJob, HoursProperties properties, Clock clock)
            throws ParseException {
        CronExpression cron = cron(properties.closeCron());
        return TriggerBuilder.newTrigger()
                .forJob(monthlyCloseJob)
                .withIdentity(MONTHLY_CLOSE, GROUP)
                .withDescription("毎月1日 00:05 (Asia/Tokyo) by default")
                .startAt(lastFireTime(cron, clock.instant()))
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(BusinessTime.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    static CronExpression cron(String expression) throws ParseException {
        CronExpression cron = new CronExpression(expression);
        cron.setTimeZone(TimeZone.getTimeZone(BusinessTime.ZONE));
        return cron;
    }

    /** The last time the cron fired up to {@code now}, or {@code now} if it did not fire in the look-back window. */
    static Date lastFireTime(CronExpression cron, Instant now) {
        Date last = null;
        Date next = cron.getNextValidTimeAfter(Date.from(now.minus(LOOK_BACK)));
        while (next != null && !next.toInstant().isAfter(now)) {
            last = next;
            next = cron.getNextValidTimeAfter(next);
        }
        return last != null ? last : Date.from(now);
    }
}
