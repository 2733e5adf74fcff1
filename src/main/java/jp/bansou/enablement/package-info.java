/**
 * The four-step enablement flow ({@code enablement.bpmn}): the stage work, the stage gates with their exit criteria
 * and manager overrides, the scheduled meetings and their cadence.
 *
 * <p>Published to other modules: {@link jp.bansou.enablement.Stage} and the API controller's answers.
 *
 * <p>Also published, to the engine: the beans the BPMN files name ({@code ${gateSchedule…}},
 * {@code ${meetingSchedule…}}, the adapters of {@code StageGateAdapters} such as {@code ${checkStageGate}},
 * {@code ${decideStageGate}}, and the task listeners of {@code EnablementTaskListeners} such as
 * {@code ${recordStageWork}}).
 */
@ApplicationModule(displayName = "伴走 (Enablement)")
@NullMarked
package jp.bansou.enablement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
