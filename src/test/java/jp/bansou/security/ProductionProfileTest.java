package jp.bansou.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.bansou.BansouApplication;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile refuses to start without the admin's password, and never with the demo users. */
class ProductionProfileTest {

    @Test
    void prodWithoutTheAdminPasswordFailsWithAClearMessage() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(BansouApplication.class)
                .profiles("prod")
                .properties("server.port=0")
                .run())
                .hasMessageContaining("environment variable BANSOU_ADMIN_PASSWORD");
    }

    @Test
    void prodWithTheDemoUsersFails() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(BansouApplication.class)
                .profiles("prod", "demo")
                .properties("server.port=0", "BANSOU_ADMIN_PASSWORD=s3cret")
                .run())
                .hasMessageContaining("must not run with the demo profile");
    }
}
