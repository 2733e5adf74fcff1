package jp.bansou.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import jp.bansou.BansouTest;
import jp.bansou.browser.Browser;
import jp.bansou.testing.TestClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The board in Cockpit in headless Chromium: a manager sees the dashboard card's live counts, finds the scenario's
 * case with its hours bar and reply figures and the charts drawn, and its page with the case's charts and timeline;
 * a consultant does not get the board. Saves the screenshots the README shows.
 */
@BansouTest
@Import(BoardScenario.class)
class BoardBrowserTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    BoardScenario scenario;
    @LocalServerPort
    int port;

    @BeforeEach
    void scenario() {
        scenario.build(rest);
        TestClock.setTokyo(BoardScenario.TODAY);
    }

    @Test
    void aManagerSeesTheCaseWithItsHoursBarRepliesAndCharts() {
        try (Browser browser = Browser.japanese(port)) {
            browser.login("cockpit", "manager", "manager");
            JsonNode board = rest.withBasicAuth("manager", "manager").getForObject("/api/board", JsonNode.class);
            int attention = 0;
            for (JsonNode row : board.path("cases")) {
                attention += row.path("attention").isEmpty() ? 0 : 1;
            }
            JsonNode thisMonth = board.path("slaByMonth").get(board.path("slaByMonth").size() - 1);
            assertThat(summaryCount(browser, "open")).isEqualTo(board.path("openCases").asText());
            assertThat(summaryCount(browser, "attention")).isEqualTo(String.valueOf(attention));
            assertThat(summaryCount(browser, "breaches")).isEqualTo(thisMonth.path("breached").asText())
                    .isNotEqualTo("0");
            browser.script("document.querySelector('.bansou-summary').scrollIntoView()");
            browser.screenshot("dashboard");
            browser.go("/camunda/app/cockpit/#/processes");
            browser.waitFor(By.cssSelector("[cam-widget-header] .brand-name"));
            assertThat(browser.all(By.cssSelector("input[ng-model='password']")))
                    .as("the card's call left Cockpit's login in place").isEmpty();

            browser.go("/camunda/app/cockpit/#/bansou");

            WebElement row = browser.waitFor(By.cssSelector("tr[data-case='" + scenario.caseA + "']"));
            String hours = row.findElement(By.cssSelector(".bansou-hours")).getText();
            assertThat(hours).contains("20.3 / 24.0 h (84.7 %)", "承認待ち (Pending) 1 件 / 5.0 h");
            assertThat(row.findElement(By.cssSelector(".bansou-hours .bansou-bar.warning span")).getAttribute("style"))
                    .contains("width: 84.7%");
            String replies = row.findElement(By.cssSelector(".bansou-replies")).getText();
            assertThat(replies).contains("期限内 (In time) 1", "違反 (Breached) 1", "未返信 (Open) 2",
                    "未対応エスカレーション (Open escalations) 1");
            assertThat(row.getText()).contains("工数80%超 (Hours ≥ 80 %)", "保留の再確認日超過 (Hold past re-check)",
                    "対話 (Dialogue)", "2029/09/20", "スタンダード (Standard)", "Consultant Kenji (consultant)");
            browser.until().until(driver -> Boolean.TRUE.equals(browser.script(
                    "return document.querySelectorAll('.bansou-charts canvas').length === 4"
                            + " && !!window.Chart && Object.keys(window.Chart.instances).length >= 4")));

            browser.waitFor(By.cssSelector(".bansou-attention")).click();
            assertThat(browser.all(By.cssSelector("tr[data-case='" + scenario.caseB + "']")))
                    .as("a quiet case is filtered out").isEmpty();
            assertThat(browser.all(By.cssSelector("tr[data-case='" + scenario.caseA + "']"))).hasSize(1);
            browser.script("window.scrollTo(0, 0)");
            browser.screenshot("board");

            browser.waitFor(By.cssSelector("tr[data-case='" + scenario.caseA + "'] a.bansou-case-link")).click();
            browser.until().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".bansou-timeline tr[data-kind='GATE_DECIDED']")));
            assertThat((String) browser.script("return document.querySelector('.bansou-timeline').textContent"))
                    .contains("ゲート判定 (Gate outcome): 対話 (Dialogue) → 保留 (Hold)",
                    "返信期限超過 (Reply overdue)", "月次締め (Monthly close) 2029-09");
            browser.waitForText("山田製作所 (Yamada Works)");
            browser.until().until(driver -> Boolean.TRUE.equals(browser.script(
                    "return document.querySelectorAll('.bansou-case .bansou-charts canvas').length === 3"
                            + " && Object.keys(window.Chart.instances).length === 3")));
            browser.screenshot("case");
            browser.script("document.querySelector('.bansou-case h3').scrollIntoView()");
            browser.screenshot("timeline");
        }
    }

    private static String summaryCount(Browser browser, String kind) {
        return browser.waitFor(By.cssSelector(".bansou-summary-" + kind + " .bansou-summary-value")).getText();
    }

    @Test
    void aConsultantDoesNotGetTheBoard() {
        try (Browser browser = Browser.japanese(port)) {
            browser.login("tasklist", "consultant", "consultant");
            Object status = browser.driver().executeAsyncScript(
                    "const done = arguments[0]; fetch('/api/board').then(r => done(r.status));");
            assertThat(status).isEqualTo(403L);

            browser.go("/camunda/app/cockpit/#/bansou");
            browser.waitForText("No access rights for cockpit");
            assertThat(browser.all(By.cssSelector("tr[data-case]"))).isEmpty();
            assertThat(browser.bodyText()).doesNotContain(scenario.caseA);
        }
    }
}
