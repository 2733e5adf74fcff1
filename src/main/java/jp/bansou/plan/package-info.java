/**
 * What the firm sells: the plans and their figures (monthly hour cap, scheduled meetings, reply SLA), bound from
 * {@code bansou.plans}. Shared vocabulary: a leaf that every module may use and that uses none of them.
 */
@ApplicationModule(displayName = "プラン (Plans)", allowedDependencies = {})
@NullMarked
package jp.bansou.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
