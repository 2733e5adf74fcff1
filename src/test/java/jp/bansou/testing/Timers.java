package jp.bansou.testing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Fires a process's timers the way the job executor would, with the job executor stopped in tests
 * ({@link EngineTestExtension} binds the engine).
 */
public final class Timers {

    private Timers() {
    }

    /** The timer job waiting at {@code activityId} in the instance; fails the test when there is none. */
    public static Job timer(String processInstanceId, String activityId) {
        Job timer = jobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
        Assertions.assertThat(timer).as("timer at " + activityId).isNotNull();
        return timer;
    }

    /** Moves the engine clock to the timer's due time and executes it. */
    public static void fire(String processInstanceId, String activityId) {
        Job timer = timer(processInstanceId, activityId);
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
    }

    /** Executes a timer that is already due, without moving the clock. */
    public static void fireDue(String processInstanceId, String activityId) {
        Job timer = timer(processInstanceId, activityId);
        Assertions.assertThat(timer.getDuedate()).as("due date of the timer at " + activityId)
                .isBeforeOrEqualTo(ClockUtil.getCurrentTime());
        execute(timer);
    }
}
