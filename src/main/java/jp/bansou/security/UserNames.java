package jp.bansou.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Users as people read them: {@code 山本 健二 (k.yamamoto)}, family name first as the firm writes it, from the
 * engine's identity service (Admin), with the user id in brackets, since that is what the forms and filters take. A
 * user without a name, or one the identity service does not know (removed since), is shown by the id alone.
 */
@Component
public class UserNames {

    private final IdentityService identity;

    UserNames(IdentityService identity) {
        this.identity = identity;
    }

    /** One user; null for none. */
    public @Nullable String shown(@Nullable String userId) {
        if (userId == null) {
            return null;
        }
        return shown(userId, identity.createUserQuery().userId(userId).singleResult());
    }

    /** Several users in one query, by id (null ids left out). */
    public Map<String, String> shown(Collection<@Nullable String> userIds) {
        String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, String> names = new HashMap<>();
        if (ids.length == 0) {
            return names;
        }
        Map<String, User> users = new HashMap<>();
        identity.createUserQuery().userIdIn(ids).list().forEach(user -> users.put(user.getId(), user));
        for (String id : ids) {
            names.put(id, shown(id, users.get(id)));
        }
        return names;
    }

    private static String shown(String userId, @Nullable User user) {
        if (user == null) {
            return userId;
        }
        String name = ((user.getLastName() == null ? "" : user.getLastName()) + " "
                + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
        return name.isEmpty() ? userId : name + " (" + userId + ")";
    }
}
