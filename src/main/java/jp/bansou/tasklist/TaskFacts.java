package jp.bansou.tasklist;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Read-only facts a task form shows (text components with templating, e.g. {@code {{caseHeaderPlan}}}), read
 * from the service's tables each time Tasklist opens the form. They reach the form as transient task variables:
 * fresh at every opening, never stored, never submitted back, never part of the process.
 */
interface TaskFacts {

    /** The facts for this task, by variable name; empty when the task is not one this source knows. */
    Map<String, String> of(DelegateTask task);
}
