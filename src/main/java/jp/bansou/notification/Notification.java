package jp.bansou.notification;

import java.util.Set;

/**
 * A message for people of the service: named users and every member of named groups (resolved when it is
 * queued). {@code topic} says what it is about, e.g. {@code HOURS_WARNING}, for the outbox and its logs.
 */
public record Notification(String topic, Set<String> users, Set<String> groups, String subject, String body) {

    public Notification {
        users = Set.copyOf(users);
        groups = Set.copyOf(groups);
    }
}
