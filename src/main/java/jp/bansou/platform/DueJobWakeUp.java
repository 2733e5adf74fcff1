package jp.bansou.platform;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wakes the job executor's acquisition at the moment a job falls due, so that an idle node fires a timer within
 * milliseconds of its due time instead of at its next poll ({@code camunda.bpm.job-execution.max-wait}), without
 * polling faster. It learns due times from the engine's job log (a job created with a due date, history level
 * full) and, for jobs another node created or that were there before the start, by looking for the next due
 * time every {@code bansou.jobs.wake-scan-interval} and again after each wake-up. Waking is only a hint
 * ({@link JobExecutor#jobWasAdded()}): the acquisition still decides what to run, so a wake-up at the wrong time
 * costs one acquisition query and nothing else. {@code bansou.jobs.wake-at-due: false} turns it off.
 */
@Component
public class DueJobWakeUp extends AbstractProcessEnginePlugin implements DisposableBean {

    /** A wake-up just after the due time: the acquisition compares due dates with its own clock reading. */
    private static final long LATE_MILLIS = 5;
    /** Distinct pending wake-up instants kept; beyond that the scan still finds the next one. */
    private static final int MAX_PENDING = 10_000;
    private static final Logger log = LoggerFactory.getLogger(DueJobWakeUp.class);

    private final Duration scanInterval;
    private final ScheduledExecutorService scheduler;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean enabled;
    private volatile ProcessEngine engine;
    private volatile JobExecutor jobExecutor;

    DueJobWakeUp(@Value("${bansou.jobs.wake-at-due:true}") boolean enabled,
            @Value("${bansou.jobs.wake-scan-interval:PT30S}") Duration scanInterval) {
        this.enabled = enabled;
        this.scanInterval = scanInterval;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "due-job-wake-up");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineExtensions.addHistoryEventHandler(configuration, new JobCreated());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        this.engine = engine;
        this.jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        long interval = scanInterval.toMillis();
        scheduler.scheduleWithFixedDelay(this::scan, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** On or off at run time: DueJobWakeUpTest shows the same timer waiting for the poll without it, in one context. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Schedules a wake-up at {@code due} (engine time) unless one is pending for the same instant. */
    void wakeAt(Date due) {
        long delay = due.getTime() - ClockUtil.now().getTime() + LATE_MILLIS;
        if (!enabled || delay <= LATE_MILLIS || pending.size() >= MAX_PENDING || !pending.add(due.getTime())) {
            return; // already due: the engine hints the executor itself when it creates a due job
        }
        scheduler.schedule(() -> {
            pending.remove(due.getTime());
            wake();
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void wake() {
        JobExecutor executor = jobExecutor;
        if (enabled && executor != null && executor.isActive()) {
            executor.jobWasAdded();
        }
        scan();
    }

    /** The next due time within the scan interval, whoever created its job. */
    private void scan() {
        ProcessEngine current = engine;
        if (!enabled || current == null || jobExecutor == null || !jobExecutor.isActive()) {
            return;
        }
        try {
            Date now = ClockUtil.now();
            List<Job> next = current.getManagementService().createJobQuery().active().withRetriesLeft()
                    .duedateHigherThan(now).duedateLowerThan(new Date(now.getTime() + scanInterval.toMillis()))
                    .orderByJobDuedate().asc().listPage(0, 1);
            next.forEach(job -> wakeAt(job.getDuedate()));
        } catch (RuntimeException e) {
            log.warn("Cannot look for the next due job; the acquisition's own polling still runs them", e);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

    /** Receives every history event; only a job created with a due date matters here. */
    private final class JobCreated implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricJobLogEvent job && job.getState() == JobState.CREATED.getStateCode()
                    && job.getJobDueDate() != null) {
                wakeAt(job.getJobDueDate());
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
