/**
 * A case from the first inquiry to its close ({@code engagement.bpmn}, {@code reassign-case.bpmn}): the inquiry API,
 * the hearing, the fit and scope check, the plan proposal, spot sessions, the closing report and reassignment. The
 * case's consultant may read its processes ({@code CaseAuthorizations}, granted at every process start and moved on
 * reassignment).
 *
 * <p>Published to other modules: {@link jp.bansou.engagement.EngagementService} (queries and the close of a case),
 * {@link jp.bansou.engagement.Engagement}, {@link jp.bansou.engagement.EngagementProcess} (ids and variables),
 * {@link jp.bansou.engagement.CaseReassignment}, and two events heard synchronously in the publishing transaction:
 * {@link jp.bansou.engagement.ConsultantAssigned} and {@link jp.bansou.engagement.SpotSessionHeld}.
 *
 * <p>Also published, to the engine: the beans the BPMN files name ({@code ${engagementService…}},
 * {@code ${registerInquiry}}, the task listeners of {@code EngagementTaskListeners} such as {@code ${recordHearing}},
 * {@code ${reassignCase}}): renaming one breaks a process, not the compiler.
 */
@ApplicationModule(displayName = "案件 (Engagement)")
@NullMarked
package jp.bansou.engagement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
