package jp.bansou.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.bansou.BansouTest;
import jp.bansou.enablement.StageGateProcess;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A manager whose browser prefers Japanese opens Cockpit: the firm's header and Japanese labels. */
@BansouTest
class CockpitBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;

    @Test
    void aManagerOpensCockpitInJapanese() {
        try (Browser browser = Browser.japanese(port)) {
            browser.onFailureScreenshot(() -> {
                browser.login("cockpit", "manager", "manager");
                assertThat(browser.waitFor(By.cssSelector("[cam-widget-header] .brand-name")).getText())
                        .isEqualTo("bansou 伴走支援");
                browser.waitForText(Browser.japaneseLabel("cockpit", "DASHBOARD_RUNNING_PROCESS_INSTANCE"));
                assertThat(browser.bodyText()).doesNotContain("Running Process Instances");
                assertThat(browser.migrationBannerShown()).isFalse();
                assertThat(browser.gapUnderHeader()).isZero();
                browser.screenshot("cockpit-dashboard");
            });
        }
    }

    @Test
    void cockpitRendersTheStageGateProcessThatEachStageCalls() {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(StageGateProcess.PROCESS_ID)
                .latestVersion().singleResult().getId();
        try (Browser browser = Browser.japanese(port)) {
            browser.onFailureScreenshot(() -> {
                browser.login("cockpit", "manager", "manager");
                browser.go("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
                browser.waitFor(By.cssSelector("[data-element-id='" + StageGateProcess.TASK_GATE_REVIEW + "']"));
                assertThat(browser.all(By.cssSelector("[data-element-id='" + StageGateProcess.TASK_GATE_OVERRIDE + "'], "
                        + "[data-element-id='" + StageGateProcess.EVENT_RECHECK + "']"))).hasSize(2);
                browser.waitForText("ステージゲート (Stage gate)");
            });
        }
    }
}
