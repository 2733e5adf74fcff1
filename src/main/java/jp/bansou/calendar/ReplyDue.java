package jp.bansou.calendar;

import java.time.Instant;

/** When the reply to a daily consultation is due, and when to remind the consultant of it. */
public record ReplyDue(Instant dueAt, Instant reminderAt) {
}
