/**
 * What Tasklist shows around the tasks: the filters each group gets (with the case number and the client on
 * every card), and for every user task the case variables, a description of what is asked and, for the
 * hearing, the inquiry to read.
 */
package jp.bansou.tasklist;
