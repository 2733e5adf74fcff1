package jp.bansou.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.jspecify.annotations.Nullable;

/** The service's groups in Camunda's identity service. */
public final class Groups {

    public static final String CONSULTANTS = "consultants";
    public static final String MANAGERS = "managers";
    public static final String ADMINS = "camunda-admin";

    /** Spring Security authorities name a user's Camunda groups: {@code GROUP_<id>}. */
    public static final String AUTHORITY_PREFIX = "GROUP_";

    private Groups() {
    }

    public static String authority(String group) {
        return AUTHORITY_PREFIX + group;
    }

    /** Managers and administrators decide what only a manager may decide (over-cap hours, gate overrides). */
    public static boolean isManager(IdentityService identity, @Nullable String userId) {
        return userId != null
                && identity.createGroupQuery().groupMember(userId).groupIdIn(MANAGERS, ADMINS).count() > 0;
    }

    static void ensureExist(IdentityService identity) {
        create(identity, CONSULTANTS, "コンサルタント (Consultants)");
        create(identity, MANAGERS, "マネージャー (Managers)");
    }

    private static void create(IdentityService identity, String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }
}
