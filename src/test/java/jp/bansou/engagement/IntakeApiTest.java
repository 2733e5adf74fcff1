package jp.bansou.engagement;

import static jp.bansou.testing.EngagementFixture.requestedWork;
import static jp.bansou.testing.EngagementFixture.standardHearing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import jp.bansou.BansouTest;
import jp.bansou.notification.Notifier;
import jp.bansou.notification.OutboxMessage;
import jp.bansou.testing.EngagementFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.MailSender;

/**
 * Intake seen from outside: a new inquiry is announced through the outbox (the consultants, or the configured
 * address; the prospect's acknowledgement only with a mail server), and the case file shows a spot's budget and
 * the separate project's scope.
 */
@BansouTest
class IntakeApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Notifier notifier;
    @Autowired
    EngagementFixture fixture;

    static final String INQUIRY = """
            {"organisation": "田中工務店", "contactName": "田中 一郎", "contactEmail": "ichiro@tanaka.example",
             "employeeCount": 12, "message": "現場と経営の話が噛み合わない", "preferredPace": "STANDARD"}""";

    String postInquiry() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255));
        ResponseEntity<Map> response = http.postForEntity("/api/inquiries", new HttpEntity<>(INQUIRY, headers), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("caseNumber");
    }

    List<OutboxMessage> messages(String recipient, String caseNumber) {
        return notifier.messagesFor(recipient).stream().filter(m -> m.subject().contains(caseNumber)).toList();
    }

    static ObjectProvider<MailSender> mailServer() {
        MailSender recording = messages -> {
        };
        return new StaticListableBeanFactory(Map.of("mailSender", recording)).getBeanProvider(MailSender.class);
    }

    @Test
    void everyConsultantLearnsOfANewInquiryWithItsCaseNumberAndNoAcknowledgementIsQueuedWithoutMail() {
        String caseNumber = postInquiry();

        assertThat(messages("consultant", caseNumber)).singleElement().satisfies(message -> {
            assertThat(message.topic()).isEqualTo(InquiryAnnouncements.TOPIC_RECEIVED);
            assertThat(message.email()).isEqualTo("consultant@bansou.example");
            assertThat(message.subject()).contains(caseNumber, "新しい問い合わせ", "田中工務店");
            assertThat(message.body()).contains("田中 一郎", "ichiro@tanaka.example", "現場と経営の話が噛み合わない");
        });
        assertThat(messages("consultant2", caseNumber)).hasSize(1);
        assertThat(notifier.messagesFor(InquiryAnnouncements.prospect(caseNumber)))
                .as("without spring.mail.host nobody would receive it").isEmpty();
    }

    @Test
    void withAMailServerAndAConfiguredAddressTheAddressIsToldAndTheProspectThanked() {
        InquiryAnnouncements configured = new InquiryAnnouncements(notifier, mailServer(), "office@bansou.example");
        String caseNumber = "C-2099-" + ThreadLocalRandom.current().nextInt(1000, 9999);

        configured.announce(caseNumber, EngagementFixture.inquiry("佐藤商店 (Sato Store)"));

        assertThat(messages(InquiryAnnouncements.NOTIFY_RECIPIENT, caseNumber)).singleElement().satisfies(message -> {
            assertThat(message.email()).isEqualTo("office@bansou.example");
            assertThat(message.subject()).contains(caseNumber, "新しい問い合わせ (New inquiry)");
        });
        assertThat(messages("consultant", caseNumber)).as("the address instead of the group").isEmpty();
        assertThat(notifier.messagesFor(InquiryAnnouncements.prospect(caseNumber))).singleElement().satisfies(ack -> {
            assertThat(ack.topic()).isEqualTo(InquiryAnnouncements.TOPIC_ACKNOWLEDGED);
            assertThat(ack.email()).isEqualTo("taro@example.jp");
            assertThat(ack.subject()).contains("受付番号 " + caseNumber, "We have received your inquiry");
            assertThat(ack.body()).contains("山田 太郎 様", "受付番号は " + caseNumber, "Your case number is " + caseNumber);
        });
    }

    @Test
    void theCaseFileShowsTheSpotsBudgetAndTheSeparateProjectsScope() {
        String caseNumber = fixture.inquiry();
        Map<String, Object> hearing = standardHearing();
        hearing.put("requestedWork", requestedWork("DECISION_SPARRING", "SYSTEM_DEVELOPMENT"));
        hearing.put("oneOffNeed", true);
        fixture.complete(caseNumber, EngagementProcess.TASK_HEARING, hearing);
        fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN, Map.of("plan", "SPOT", "spotHours", 4, "spotBudgetYen", 120000));
        fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_SPLIT_PROJECT, Map.of("scopeSummary", "在庫管理システムの開発 (Inventory system build)",
                "proposal", "開発パートナーを紹介します (We will introduce a development partner)"));

        ResponseEntity<JsonNode> file = http.withBasicAuth("consultant", "consultant")
                .getForEntity("/api/engagements/" + caseNumber, JsonNode.class);

        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getBody().path("proposal").path("proposedPlan").asText()).isEqualTo("SPOT");
        assertThat(file.getBody().path("proposal").path("spotHours").asInt()).isEqualTo(4);
        assertThat(file.getBody().path("proposal").path("spotBudgetYen").asInt()).isEqualTo(120000);
        assertThat(file.getBody().path("separateProject").path("scopeSummary").asText())
                .isEqualTo("在庫管理システムの開発 (Inventory system build)");
        assertThat(file.getBody().path("separateProject").path("split").asBoolean()).isTrue();
    }
}
