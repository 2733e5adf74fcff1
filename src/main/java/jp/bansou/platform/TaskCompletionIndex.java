package jp.bansou.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Completing a task looks up its subtasks ({@code ... FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = ?}), a column the
 * engine does not index: without this index every completion scans all open tasks, and gets slower as they grow.
 */
@Component
class TaskCompletionIndex extends AbstractProcessEnginePlugin {

    static final String INDEX = "BANSOU_IDX_TASK_PARENT";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        EngineIndex.create(engine, INDEX, "ACT_RU_TASK", "PARENT_TASK_ID_");
    }
}
