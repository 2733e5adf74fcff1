/**
 * What Tasklist shows around the tasks: the filters each group gets (with the case number and the client on
 * every card), and for every user task the case variables, a description of what is asked and, for the
 * hearing, the inquiry to read. Hooked into every process by an engine plugin, so no BPMN file names it and
 * nothing depends on it.
 */
@ApplicationModule(displayName = "タスクリスト (Tasklist)")
@NullMarked
package jp.bansou.tasklist;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
