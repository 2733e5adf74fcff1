package jp.bansou.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The index the job executor's acquisition needs once it orders by type and due date
 * ({@code jobExecutorPreferTimerJobs}, {@code jobExecutorAcquireByDueDate} in application.yaml): without it every
 * acquisition sorts the whole job table.
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

    static final String INDEX = "BANSOU_IDX_JOB_TYPE_DUEDATE";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        EngineIndex.create(engine, INDEX, "ACT_RU_JOB", "TYPE_, DUEDATE_");
    }
}
