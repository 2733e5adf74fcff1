/**
 * Japanese holidays (computed by the Act, tested against the Cabinet Office's list), the firm's closures and
 * business hours, and the business calendar that adds business days and reply SLAs
 * ({@link jp.bansou.calendar.BusinessCalendar}). Depends on nothing of the business except the plans' reply SLA
 * (enforced). {@code BusinessCalendar} is also a bean called from timer expressions.
 */
@ApplicationModule(displayName = "営業日カレンダー (Calendar)", allowedDependencies = {"platform", "plan"})
@NullMarked
package jp.bansou.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
