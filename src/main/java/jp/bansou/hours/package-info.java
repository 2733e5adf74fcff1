/**
 * Time entries against the plan caps: the ledger ({@link jp.bansou.hours.HourLedger}), over-cap approval, reversal,
 * the monthly close and report, the case figures ({@code log-time.bpmn}, {@code over-cap-approval.bpmn},
 * {@code reverse-time-entry.bpmn}, {@code case-figures.bpmn}). Books a spot session's minutes on
 * {@link jp.bansou.engagement.SpotSessionHeld}.
 *
 * <p>Published to other modules: {@link jp.bansou.hours.HourLedger}, {@link jp.bansou.hours.NewTimeEntry},
 * {@link jp.bansou.hours.TimeEntry}, {@link jp.bansou.hours.MonthlyBalance}, {@link jp.bansou.hours.ReplySla}…
 * {@link jp.bansou.hours.HourTotals} is public for bulk loads outside the module (the benchmark): it recomputes the
 * running totals the ledger keeps on {@code hour_budget}.
 *
 * <p>Also published, to the engine and Quartz: the beans the BPMN files name (the adapters of
 * {@code HoursProcessAdapters}, {@code ReversalProcessAdapters}, {@code CaseFiguresProcessAdapters} such as
 * {@code ${recordTimeEntry}}, {@code ${recordOverCapDecision}}) and {@code MonthlyCloseJob}, which Quartz instantiates
 * by class name.
 */
@ApplicationModule(displayName = "工数 (Hours)")
@NullMarked
package jp.bansou.hours;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
