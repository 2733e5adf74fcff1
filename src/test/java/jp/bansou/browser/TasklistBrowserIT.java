package jp.bansou.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;


import jp.bansou.BansouTest;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.engagement.EngagementService;
import jp.bansou.testing.EngagementFixture;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A consultant whose browser prefers Japanese takes an inquiry's hearing in Tasklist: Japanese labels, the
 * firm's header without the migration banner, the case and client on the card, the inquiry on the form.
 */
@BansouTest
class TasklistBrowserIT {

    static final String ORGANISATION = "ブラウザ商事 (Browser Trading)";
    static final String MESSAGE = "会議で何も決まらない (Meetings decide nothing)";

    @LocalServerPort
    int port;
    @Autowired
    EngagementService engagements;
    @Autowired
    TaskService tasks;

    @Test
    void aConsultantTakesTheHearingOfAnInquiryInJapanese() {
        String caseNumber = engagements.receiveInquiry(EngagementFixture.inquiry(ORGANISATION));

        try (Browser browser = Browser.japanese(port)) {
            browser.onFailureScreenshot(() -> takeTheHearing(browser, caseNumber));
        }
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(EngagementProcess.TASK_PROPOSE_PLAN)
                .count()).isOne();
    }

    void takeTheHearing(Browser browser, String caseNumber) {
        {
            browser.login("tasklist", "consultant", "consultant");
            assertThat(browser.waitFor(By.cssSelector("[cam-widget-header] .brand-name")).getText())
                    .isEqualTo("bansou 伴走支援");
            browser.waitForText(Browser.japaneseLabel("tasklist", "START_PROCESS"));
            assertThat(browser.bodyText()).contains("キーボードショートカット", "一覧からタスクを選択してください。")
                    .doesNotContain("Start process", "Select a task in the list");
            assertThat(browser.migrationBannerShown()).isFalse();
            assertThat(browser.gapUnderHeader()).isZero();

            browser.waitFor(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'グループのタスク')]"))
                    .click();
            WebElement card = browser.waitFor(By.xpath("//li[contains(@class,'task')][contains(.,'" + ORGANISATION + "')]"));
            assertThat(card.getText()).contains("ヒアリング (Initial hearing)", "案件番号 (Case)", caseNumber,
                    "顧客 (Client)", ORGANISATION);
            browser.screenshot("tasklist-list");

            card.findElement(By.cssSelector("h4.task a")).click();
            WebElement message = browser.waitFor(By.cssSelector("[id$='Field_InquiryMessage']"));
            browser.until().until(d -> MESSAGE.equals(message.getDomProperty("value")));
            assertThat(browser.waitFor(By.cssSelector("[id$='Field_InquiryOrganisation']")).getDomProperty("value"))
                    .isEqualTo(ORGANISATION);

            browser.waitFor(By.xpath("//*[contains(@class,'task-card')]//*[normalize-space(text())='"
                    + Browser.japaneseLabel("tasklist", "CLAIM_TASK") + "']")).click();
            browser.until().until(d -> browser.waitFor(By.xpath(field("現状") + "//textarea")).isEnabled());
            fill(browser, "現状", "経営と現場で認識がずれている");
            fill(browser, "目指す状態", "会議で決まる");
            fill(browser, "優先課題", "意思決定の仕組み");
            choose(browser, "かけられるペース", "標準・ジョギング");
            choose(browser, "対象範囲", "チーム・プロジェクト");
            choose(browser, "求める関わり方", "実行に並走");
            choose(browser, "依頼内容", "判断・意思決定の壁打ち");
            choose(browser, "明確な意思決定者がいる", "明確な意思決定者がいる");
            choose(browser, "クライアントが自ら決めて実行する意思がある", "クライアントが自ら決めて実行する意思がある");
            browser.screenshot("tasklist-hearing-form");

            WebElement complete = browser.waitFor(By.xpath("//button[normalize-space(.)='"
                    + Browser.japaneseLabel("tasklist", "COMPLETE") + "']"));
            browser.until().until(d -> complete.isEnabled());
            complete.click();
            await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery()
                    .processInstanceBusinessKey(caseNumber).taskDefinitionKey(EngagementProcess.TASK_PROPOSE_PLAN).count() == 1);
        }
    }

    /** Types into the form field labelled {@code label}. */
    static void fill(Browser browser, String label, String text) {
        browser.waitFor(By.xpath(field(label) + "//textarea")).sendKeys(text);
    }

    /** Clicks the option (radio, checklist or checkbox) labelled {@code option} of the field labelled {@code label}. */
    static void choose(Browser browser, String label, String option) {
        browser.waitFor(By.xpath(field(label) + "//label[contains(.,'" + option + "')]")).click();
    }

    static String field(String label) {
        return "//div[contains(@class,'fjs-form-field ')][.//label[contains(.,'" + label + "')]]";
    }

}
