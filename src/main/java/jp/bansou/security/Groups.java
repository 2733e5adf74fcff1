package jp.bansou.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** The service's groups in Camunda's identity service. */
public final class Groups {

    public static final String CONSULTANTS = "consultants";
    public static final String MANAGERS = "managers";
    public static final String ADMINS = "camunda-admin";

    private Groups() {
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
