package jp.bansou.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.bansou.BansouTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator whose browser prefers Japanese opens Admin and the Welcome page: the firm's header (from the
 * configuration the four webapps share, {@code app/bansou/config.js}) and Japanese labels, no migration banner.
 */
@BansouTest
class AdminBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorOpensAdminAndWelcomeInJapanese() {
        try (Browser browser = Browser.japanese(port)) {
            browser.onFailureScreenshot(() -> {
                browser.login("admin", "admin", "admin");
                assertThat(browser.waitFor(By.cssSelector("[cam-widget-header] .brand-name")).getText())
                        .isEqualTo("bansou 伴走支援");
                browser.waitForText(Browser.japaneseLabel("admin", "USERS_USERS"));
                assertThat(browser.migrationBannerShown()).isFalse();
                browser.screenshot("admin-dashboard");

                browser.go("/camunda/app/welcome/default/");
                assertThat(browser.waitFor(By.cssSelector("[cam-widget-header] .brand-name")).getText())
                        .isEqualTo("bansou 伴走支援");
                browser.waitForText(Browser.japaneseLabel("welcome", "TASKLIST_APP"));
                assertThat(browser.migrationBannerShown()).isFalse();
            });
        }
    }
}
