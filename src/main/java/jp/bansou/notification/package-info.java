/**
 * E-mail to the firm and to clients through a transactional outbox: {@link jp.bansou.notification.Notifier} writes a
 * message in the caller's transaction, the relay sends it (Quartz job {@code OutboxRelayJob}, instantiated by Quartz
 * by class name). Its links point into Tasklist and Cockpit. Depends only
 * on platform and security's group names (enforced).
 */
@ApplicationModule(displayName = "通知 (Notification)", allowedDependencies = {"platform", "security"})
@NullMarked
package jp.bansou.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
