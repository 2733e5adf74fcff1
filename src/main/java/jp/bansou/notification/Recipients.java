package jp.bansou.notification;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jp.bansou.security.IdentityChanged;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who receives a notification: a user's e-mail address and a group's members with theirs, from Camunda's identity
 * service. Late-reply escalations notify by the thousand when many replies fall due together, and each lookup is a
 * query the engine assembles anew, so answers are kept for a short time ({@code
 * bansou.notification.recipients-cache-ttl}, 30 s), forgotten at once when users or memberships change on this
 * node ({@link IdentityChanged}); a change made on another node reaches this one's notifications within that time.
 */
@Component
class Recipients {

    private final IdentityService identity;
    private final Cache<String, Optional<String>> emails;
    private final Cache<String, Map<String, String>> members;

    Recipients(IdentityService identity, NotificationProperties properties) {
        this.identity = identity;
        Duration ttl = properties.recipientsCacheTtl();
        this.emails = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
        this.members = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1_000).build();
    }

    /** The user's e-mail address, if the user exists and has one. */
    Optional<String> email(String userId) {
        return emails.get(userId, id -> {
            User user = identity.createUserQuery().userId(id).singleResult();
            return Optional.ofNullable(user == null ? null : user.getEmail());
        });
    }

    /** The group's members by user id, in id order, with their e-mail addresses (null where a user has none). */
    Map<String, String> membersOf(String group) {
        return members.get(group, id -> {
            Map<String, String> found = new LinkedHashMap<>();
            identity.createUserQuery().memberOfGroup(id).orderByUserId().asc().list()
                    .forEach(user -> found.put(user.getId(), user.getEmail()));
            return Collections.unmodifiableMap(found);
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forgetOn(IdentityChanged change) {
        emails.invalidateAll();
        members.invalidateAll();
    }
}
