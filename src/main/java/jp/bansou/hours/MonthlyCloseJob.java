package jp.bansou.hours;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Quartz's door to {@link MonthlyClose}; never two runs at once, on any node of the cluster. */
@DisallowConcurrentExecution
class MonthlyCloseJob implements Job {

    private final MonthlyClose close;

    MonthlyCloseJob(MonthlyClose close) {
        this.close = close;
    }

    @Override
    public void execute(JobExecutionContext context) {
        close.closePreviousMonth();
    }
}
