package jp.bansou.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile without the admin's password or with the demo users, before
 * anything is created: the engine would otherwise create the admin with an empty password.
 */
class ProductionSafety implements EnvironmentPostProcessor {

    static final String ADMIN_PASSWORD = "BANSOU_ADMIN_PASSWORD";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> profiles = Arrays.asList(environment.getActiveProfiles());
        if (!profiles.contains("prod")) {
            return;
        }
        if (profiles.contains("demo")) {
            throw new IllegalStateException("The prod profile must not run with the demo profile (demo users)");
        }
        String password = environment.getProperty(ADMIN_PASSWORD);
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("The prod profile needs the admin's password in the environment variable "
                    + ADMIN_PASSWORD + " (and optionally BANSOU_ADMIN_USER, default admin)");
        }
    }
}
