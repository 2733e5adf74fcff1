/**
 * What the firm sells: the plans and their figures (monthly hour cap, scheduled meetings, reply SLA), bound from
 * {@code bansou.plans}. A leaf: every module may use it, it uses none of them.
 */
@NullMarked
package jp.bansou.plan;

import org.jspecify.annotations.NullMarked;
