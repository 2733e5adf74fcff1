package jp.bansou.notification;

import java.util.Set;

/**
 * A message for people of the service: named users and every member of named groups (resolved when it is
 * queued). {@code topic} says what it is about, e.g. {@code HOURS_WARNING}, for the outbox and its logs.
 * {@code about} is the task or case it concerns: each copy then ends with a link to it (see {@link PublicLinks}).
 */
public record Notification(String topic, Set<String> users, Set<String> groups, String subject, String body,
        About about) {

    public Notification {
        users = Set.copyOf(users);
        groups = Set.copyOf(groups);
    }

    public Notification(String topic, Set<String> users, Set<String> groups, String subject, String body) {
        this(topic, users, groups, subject, body, null);
    }

    /** The same message, linking to a Tasklist task. */
    public Notification aboutTask(String taskId) {
        return new Notification(topic, users, groups, subject, body, new About.Task(taskId));
    }

    /** The same message, linking to a case: Cockpit for managers, the case API for the others. */
    public Notification aboutCase(String caseNumber) {
        return new Notification(topic, users, groups, subject, body, new About.Case(caseNumber));
    }

    public sealed interface About {

        record Task(String taskId) implements About {
        }

        record Case(String caseNumber) implements About {
        }
    }
}
