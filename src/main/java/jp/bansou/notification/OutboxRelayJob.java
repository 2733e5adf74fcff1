package jp.bansou.notification;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Quartz's door to {@link OutboxRelay}; never two runs at once, on any node of the cluster. */
@DisallowConcurrentExecution
class OutboxRelayJob implements Job {

    private final OutboxRelay relay;

    OutboxRelayJob(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void execute(JobExecutionContext context) {
        relay.relay();
    }
}
