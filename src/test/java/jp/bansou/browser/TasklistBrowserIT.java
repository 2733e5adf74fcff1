package jp.bansou.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;


import jp.bansou.BansouTest;
import jp.bansou.consultation.Consultation;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.NewConsultation;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.engagement.EngagementService;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.LogTimeProcess;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.security.Groups;
import jp.bansou.testing.EngagementFixture;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
    static final DateTimeFormatter TOKYO = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(BusinessTime.ZONE);
    static final String SUBJECT = "ブラウザからの相談 (A question seen in the browser)";
    static final Pattern JAPANESE_RELATIVE_TIME = Pattern.compile("(数秒|\\d+分|\\d+時間|\\d+日|\\d+か月)(前|後)");

    @LocalServerPort
    int port;
    @Autowired
    EngagementService engagements;
    @Autowired
    TaskService tasks;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    HourLedger ledger;
    @Autowired
    ConsultationService consultations;
    @Autowired
    IdentityService identity;
    @Autowired
    FormService forms;
    @Autowired
    RepositoryService repository;

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
            WebElement inquiry = browser.waitFor(By.xpath("//*[contains(@class,'fjs-form-field-text')]"
                    + "[contains(., 'ご相談内容 (Message)')]"));
            browser.until().until(d -> inquiry.getText().contains(MESSAGE));
            assertThat(inquiry.getText()).contains("組織名 (Organisation): " + ORGANISATION, "15 名");
            browser.screenshot("tasklist-hearing-form");

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

            WebElement complete = browser.waitFor(By.xpath("//button[normalize-space(.)='"
                    + Browser.japaneseLabel("tasklist", "COMPLETE") + "']"));
            browser.until().until(d -> complete.isEnabled());
            complete.click();
            await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery()
                    .processInstanceBusinessKey(caseNumber).taskDefinitionKey(EngagementProcess.TASK_PROPOSE_PLAN).count() == 1);
        }
    }

    @Test
    void aConsultantSeesTheConsultationOnTheReplyFormAndTheMonthsHoursOnTheLogTimeForm() {
        ClockUtil.reset();
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        String caseNumber = fixture.signedContract(Plan.STANDARD, today);
        ledger.record(new NewTimeEntry(caseNumber, "consultant", today, 90, TimeEntryCategory.MEETING, false, null,
                "consultant"));
        Consultation consultation = consultations.receive(caseNumber, new NewConsultation("EMAIL",
                OffsetDateTime.now(BusinessTime.ZONE).minusMinutes(1).toString(), "佐藤 花子 <hanako@client.example>",
                SUBJECT), "consultant");
        identity.setAuthentication("consultant", List.of(Groups.CONSULTANTS));
        try {
            forms.submitStartForm(repository.createProcessDefinitionQuery()
                    .processDefinitionKey(LogTimeProcess.PROCESS_ID).latestVersion().singleResult().getId(),
                    Map.of("caseNumber", caseNumber));
        } finally {
            identity.clearAuthentication();
        }

        try (Browser browser = Browser.japanese(port)) {
            browser.onFailureScreenshot(() -> {
                browser.login("tasklist", "consultant", "consultant");
                browser.waitFor(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'私のタスク')]"))
                        .click();
                WebElement reply = browser.waitFor(By.xpath("//li[contains(@class,'task')][contains(.,'"
                        + caseNumber + "')][contains(.,'相談への返信')]"));
                browser.until().until(d -> JAPANESE_RELATIVE_TIME.matcher(reply.getText()).find());
                assertThat(reply.getText()).as("relative times in Japanese").doesNotContain(" ago", "in a ", "in an ");

                reply.findElement(By.cssSelector("h4.task a")).click();
                browser.until().until(d -> browser.bodyText().contains(SUBJECT));
                assertThat(browser.bodyText()).contains("差出人 (From): 佐藤 花子 <hanako@client.example>",
                        "返信期限 (Reply due): " + TOKYO.format(consultation.dueAt()),
                        "プラン (Plan): スタンダード (Standard)", "担当 (Consultant):");
                browser.screenshot("tasklist-reply-form");

                browser.waitFor(By.xpath("//li[contains(@class,'task')][contains(.,'" + caseNumber
                        + "')][contains(.,'工数の入力')]//h4//a")).click();
                browser.until().until(d -> browser.bodyText().contains("今月の工数 (This month's hours)"));
                assertThat(browser.bodyText()).contains("使用 (Used): 1時間30分", "残り (Remaining):",
                        "プラン (Plan): スタンダード (Standard)");
                browser.screenshot("tasklist-log-time-form");
            });
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
