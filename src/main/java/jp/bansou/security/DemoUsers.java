package jp.bansou.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo users of the default profile, created on first start: a manager and two consultants (the admin is
 * {@code camunda.bpm.admin-user}). Never active in {@code prod}.
 */
@Component
@Profile("demo")
class DemoUsers extends AbstractProcessEnginePlugin {

    static final List<DemoUser> USERS = List.of(
            new DemoUser("manager", "manager", "Mariko", "Manager", Groups.MANAGERS),
            new DemoUser("consultant", "consultant", "Kenji", "Consultant", Groups.CONSULTANTS),
            new DemoUser("consultant2", "consultant2", "Yui", "Consultant", Groups.CONSULTANTS));

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        Groups.ensureExist(identity);
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identity.newUser(demo.id());
                user.setPassword(demo.password());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@bansou.example");
                identity.saveUser(user);
                identity.createMembership(demo.id(), demo.group());
            }
        }
    }

    record DemoUser(String id, String password, String firstName, String lastName, String group) {
    }
}
