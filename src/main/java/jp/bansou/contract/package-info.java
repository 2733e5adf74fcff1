/**
 * The contract with its 3-month trial and 6-month renewals, the plan history, notices from either party and the
 * renewal timers (in {@code engagement.bpmn}; notices in {@code give-notice.bpmn}).
 *
 * <p>Published to other modules: {@link jp.bansou.contract.ContractService}, {@link jp.bansou.contract.Contract},
 * {@link jp.bansou.contract.PlanPeriod}, {@link jp.bansou.contract.Term}, {@link jp.bansou.contract.Notice},
 * {@link jp.bansou.contract.TrialSignals}, {@link jp.bansou.contract.ContractProperties}.
 *
 * <p>Also published, to the engine: the beans the BPMN files name ({@code ${contractTimers…}}, the adapters of
 * {@code ContractProcessAdapters} and {@code NoticeProcessAdapters} such as {@code ${signContract}},
 * {@code ${recordRenewalDecision}}, {@code ${recordNoticeFromTasklist}}).
 */
@ApplicationModule(displayName = "契約 (Contract)")
@NullMarked
package jp.bansou.contract;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
