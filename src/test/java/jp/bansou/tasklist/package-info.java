/** Tests of the tasklist module: its processes, API and services. */
@NullMarked
package jp.bansou.tasklist;

import org.jspecify.annotations.NullMarked;
