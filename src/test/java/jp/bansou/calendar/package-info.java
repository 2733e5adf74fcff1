/** Tests of the calendar module: its processes, API and services. */
@NullMarked
package jp.bansou.calendar;

import org.jspecify.annotations.NullMarked;
