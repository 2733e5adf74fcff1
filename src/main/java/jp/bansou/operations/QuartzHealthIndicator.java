package jp.bansou.operations;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Quartz (the monthly close): down once the scheduler has shut down or cannot reach its job store. */
@Component("quartz")
class QuartzHealthIndicator extends AbstractHealthIndicator {

    private final Scheduler scheduler;

    QuartzHealthIndicator(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) throws SchedulerException {
        if (scheduler.isShutdown()) {
            health.down().withDetail("scheduler", "shut down");
            return;
        }
        health.up()
                .withDetail("scheduler", scheduler.getSchedulerName())
                .withDetail("instance", scheduler.getSchedulerInstanceId())
                .withDetail("clustered", scheduler.getMetaData().isJobStoreClustered())
                .withDetail("started", scheduler.isStarted() && !scheduler.isInStandbyMode())
                .withDetail("jobs", scheduler.getJobKeys(GroupMatcher.anyGroup()).size());
    }
}
