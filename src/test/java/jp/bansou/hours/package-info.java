/** Tests of the hours module: its processes, API and services. */
@NullMarked
package jp.bansou.hours;

import org.jspecify.annotations.NullMarked;
