package jp.bansou.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jp.bansou.consultation.Channel;
import jp.bansou.consultation.Consultation;
import jp.bansou.consultation.ConsultationProcess;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.ReplyChannel;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.EngineTestExtension;
import jp.bansou.testing.OwnEngine;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The firm's mailbox on a real IMAP server (GreenMail), read by the service over IMAP IDLE: client mail becomes
 * consultations of the right case at the mailbox's receipt time, the consultant's reply in the thread closes
 * them, unknown senders go to triage, auto-replies are ignored, and a message read again is stored once. Its own
 * context, engine name and in-memory database (the mailbox reader runs in it), closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:bansou-mail;DB_CLOSE_DELAY=-1",
        "bansou.channels.mail.mode=IDLE",
        "bansou.channels.mail.reconnect-delay=PT1S",
        "bansou.channels.mail.idle-restart=PT2S"})
@ActiveProfiles({"demo", "test"})
@OwnEngine("mailTest")
@Import(EngagementFixture.class)
@ExtendWith(EngineTestExtension.class)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailChannelTest {

    static final Mailbox MAILBOX = new Mailbox();
    static final AtomicInteger CLIENTS = new AtomicInteger();
    static final Instant MONDAY_10 = tokyo(2026, 12, 7, 10, 0);
    static final Instant DUE = tokyo(2026, 12, 8, 18, 0);

    @Autowired
    EngagementFixture fixture;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ContactDirectory contacts;
    @Autowired
    Inbox inbox;
    @Autowired
    MailInbound mailInbound;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    String caseNumber;
    String client;

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        registry.add("bansou.channels.mail.imap-url", MAILBOX::imapUrl);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAILBOX::smtpPort);
        registry.add("bansou.channels.mail.reply-from", () -> Mailbox.ADDRESS);
    }

    @AfterAll
    static void stopMailbox() {
        MAILBOX.stop();
    }

    @BeforeEach
    void caseWithAClientContact() {
        caseNumber = fixture.caseUnderContract(Plan.STANDARD);
        int n = CLIENTS.incrementAndGet();
        client = "hanako" + n + "@client" + n + ".example";
        contacts.add(caseNumber, "EMAIL", client, "consultant");
        clockAt(MONDAY_10.plus(Duration.ofMinutes(5)));
    }

    @AfterEach
    void emptyMailbox() {
        MAILBOX.purge();
    }

    @Test
    void aClientMailStartsAConsultationOfItsCaseReceivedWhenTheMailboxReceivedIt() {
        MAILBOX.receive(Mailbox.mail("佐藤 花子 <" + client + ">", "会議の進め方について (How to run our meetings)",
                "来週の定例会の議題を相談させてください。", Map.of("Message-ID", "<first-" + client + ">",
                        "Date", "Mon, 1 Jun 2026 09:00:00 +0900")), MONDAY_10);

        Consultation received = awaitConsultation();

        assertThat(received.channel()).isEqualTo(Channel.EMAIL);
        assertThat(received.receivedAt()).as("INTERNALDATE, not the Date header").isEqualTo(MONDAY_10);
        assertThat(received.dueAt()).isEqualTo(DUE);
        assertThat(received.sender()).contains(client).contains("佐藤 花子");
        assertThat(received.subject()).isEqualTo("会議の進め方について (How to run our meetings)");
        assertThat(received.recordedBy()).isEqualTo("email");
        assertThat(inbox.messages(received.id())).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo("来週の定例会の議題を相談させてください。");
            assertThat(message.outcome()).isEqualTo("CONSULTATION");
        });
        await("marked seen once stored").until(MAILBOX::allSeen);
    }

    @Test
    void theConsultantsReplyInTheThreadClosesTheConsultationInTime() {
        MAILBOX.receive(Mailbox.mail(client, "Re: 資料の件", "資料はどこまで作ればよいですか",
                Map.of("Message-ID", "<ask-" + client + ">")), MONDAY_10);
        Consultation received = awaitConsultation();
        clockAt(tokyo(2026, 12, 8, 11, 0));

        MAILBOX.receive(Mailbox.mail("consultant@bansou.example", "Re: Re: 資料の件", "骨子だけで十分です",
                Map.of("Message-ID", "<answer-" + client + ">", "In-Reply-To", "<ask-" + client + ">",
                        "References", "<ask-" + client + ">")), tokyo(2026, 12, 8, 10, 30));

        await("replied").until(() -> consultations.get(received.id()).reply() != null);
        Consultation replied = consultations.get(received.id());
        assertThat(replied.reply().repliedAt()).as("when the mailbox received the reply").isEqualTo(tokyo(2026, 12, 8, 10, 30));
        assertThat(replied.reply().repliedBy()).isEqualTo("consultant");
        assertThat(replied.reply().channel()).isEqualTo(ReplyChannel.EMAIL);
        assertThat(replied.isRepliedInTime()).isTrue();
        assertThat(replied.reply().booked()).as("no minutes are known for a mail").isFalse();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(replied.processInstanceId()).count()).isZero();
        assertThat(inbox.messages(received.id())).extracting(message -> message.outcome())
                .containsExactly("CONSULTATION", "REPLY");
    }

    @Test
    void aFurtherClientMailInTheOpenThreadIsAppendedAndTheFirstAfterTheReplyStartsANewConsultation() {
        MAILBOX.receive(Mailbox.mail(client, "相談", "一通目", Map.of("Message-ID", "<one-" + client + ">")), MONDAY_10);
        Consultation first = awaitConsultation();
        MAILBOX.receive(Mailbox.mail(client, "Re: 相談", "追記です", Map.of("Message-ID", "<two-" + client + ">",
                "In-Reply-To", "<one-" + client + ">")), MONDAY_10.plusSeconds(60));
        await().until(() -> inbox.messages(first.id()).size() == 2);
        assertThat(consultations.consultations(caseNumber)).hasSize(1);

        clockAt(tokyo(2026, 12, 7, 15, 0));
        MAILBOX.receive(Mailbox.mail("consultant@bansou.example", "Re: 相談", "回答です",
                Map.of("Message-ID", "<three-" + client + ">", "In-Reply-To", "<two-" + client + ">")),
                tokyo(2026, 12, 7, 14, 0));
        await().until(() -> consultations.get(first.id()).reply() != null);
        MAILBOX.receive(Mailbox.mail(client, "Re: 相談", "もう一つ質問が", Map.of("Message-ID", "<four-" + client + ">",
                "In-Reply-To", "<three-" + client + ">")), tokyo(2026, 12, 7, 14, 30));

        await("the next reply is owed").until(() -> consultations.consultations(caseNumber).size() == 2);
        Consultation next = consultations.consultations(caseNumber).get(1);
        assertThat(next.receivedAt()).isEqualTo(tokyo(2026, 12, 7, 14, 30));
        assertThat(next.isOpen()).isTrue();
    }

    @Test
    void aLateReplyEscalatesFirstAndRecordsItsDelay() {
        MAILBOX.receive(Mailbox.mail(client, "至急", "ご確認ください", Map.of("Message-ID", "<late-" + client + ">")),
                MONDAY_10);
        Consultation received = awaitConsultation();
        Job overdue = management.createJobQuery().processInstanceId(received.processInstanceId())
                .activityId(ConsultationProcess.EVENT_REPLY_OVERDUE).singleResult();
        clockAt(overdue.getDuedate().toInstant());
        management.executeJob(overdue.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(received.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_ESCALATE).count()).isOne();

        clockAt(tokyo(2026, 12, 9, 11, 0));
        MAILBOX.receive(Mailbox.mail("consultant@bansou.example", "Re: 至急", "遅くなりました",
                Map.of("Message-ID", "<late-answer-" + client + ">", "References", "<late-" + client + ">")),
                tokyo(2026, 12, 9, 10, 30));

        await("replied").until(() -> consultations.get(received.id()).reply() != null);
        Consultation late = consultations.get(received.id());
        assertThat(late.escalation()).isNotNull();
        assertThat(late.isRepliedInTime()).isFalse();
        assertThat(late.reply().delayMinutes()).as("Wed 09:00-10:30 in business time").isEqualTo(90);
    }

    @Test
    void anUnknownSenderGoesToTriageAndTheManagersAssignmentStartsTheConsultationAtItsReceipt() {
        MAILBOX.receive(Mailbox.mail("someone@unknown.example", "はじめまして", "相談したいことがあります",
                Map.of("Message-ID", "<unknown-" + client + ">")), MONDAY_10);

        await("triage task").until(() -> triageTask("unknown-" + client) != null);
        assertThat(consultations.consultations(caseNumber)).isEmpty();
        Task triage = triageTask("unknown-" + client);
        assertThat(triage.getDescription()).contains("someone@unknown.example").contains("はじめまして");

        tasks.claim(triage.getId(), "manager");
        tasks.complete(triage.getId(), Map.of("decision", "ASSIGN", "caseNumber", caseNumber,
                "addSenderAsContact", true));

        Consultation assigned = consultations.consultations(caseNumber).get(0);
        assertThat(assigned.receivedAt()).isEqualTo(MONDAY_10);
        assertThat(assigned.dueAt()).isEqualTo(DUE);
        assertThat(contacts.contacts(caseNumber)).extracting(Contact::value).contains("someone@unknown.example");
    }

    @Test
    void anAutoReplyIsStoredButIsNoConsultation() {
        MAILBOX.receive(Mailbox.mail(client, "[" + "自動応答" + "] 不在のお知らせ", "12/10まで不在です",
                Map.of("Message-ID", "<auto-" + client + ">", "Auto-Submitted", "auto-replied")), MONDAY_10);
        MAILBOX.receive(Mailbox.mail(client, "ニュースレター", "今月のお知らせ",
                Map.of("Message-ID", "<news-" + client + ">", "Precedence", "bulk")), MONDAY_10);

        await("both read and acknowledged").until(() -> MAILBOX.allSeen()
                && inbox.stored("email:news-" + client).isPresent() && inbox.stored("email:auto-" + client).isPresent());
        assertThat(inbox.stored("email:auto-" + client).orElseThrow().outcome()).isEqualTo(MessageOutcome.IGNORED);
        assertThat(inbox.stored("email:news-" + client).orElseThrow().outcome()).isEqualTo(MessageOutcome.IGNORED);
        assertThat(consultations.consultations(caseNumber)).isEmpty();
    }

    /** Last: it replaces the mailbox reader by a new one, as a restarted node would. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theSameMessageReadAgainAfterARestartIsOneConsultation() {
        MAILBOX.receive(Mailbox.mail(client, "二重受信", "一度だけ", Map.of("Message-ID", "<twice-" + client + ">")),
                MONDAY_10);
        awaitConsultation();
        await().until(MAILBOX::allSeen);

        // a crash between the commit and the acknowledgement: the server still shows the mail unseen
        mailInbound.stopAll();
        MAILBOX.markAllUnseen();
        mailInbound.read(MAILBOX.imapUrl());

        await("read again and acknowledged").until(MAILBOX::allSeen);
        assertThat(consultations.consultations(caseNumber)).hasSize(1);
    }

    @Test
    void aReplyWrittenInTheTaskFormIsSentThreadedAndItsCopyInTheMailboxIsKnown() throws Exception {
        MAILBOX.receive(Mailbox.mail(client, "契約の範囲", "どこまで対応いただけますか",
                Map.of("Message-ID", "<scope-" + client + ">")), MONDAY_10);
        Consultation received = awaitConsultation();
        clockAt(tokyo(2026, 12, 7, 15, 0));
        Task reply = tasks.createTaskQuery().processInstanceId(received.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_REPLY).singleResult();

        tasks.complete(reply.getId(), Map.of("minutes", 15, "summary", "範囲を説明", "sendEmail", true,
                "emailText", "範囲は契約書の別紙のとおりです。"));

        jakarta.mail.internet.MimeMessage sent = MAILBOX.greenMail.getReceivedMessagesForDomain("client"
                + client.substring(client.indexOf("@client") + 7))[0];
        assertThat(sent.getHeader("In-Reply-To", null)).isEqualTo("<scope-" + client + ">");
        assertThat(sent.getSubject()).isEqualTo("Re: 契約の範囲");
        assertThat(((String) sent.getContent()).strip()).isEqualTo("範囲は契約書の別紙のとおりです。");
        Consultation replied = consultations.get(received.id());
        assertThat(replied.reply().channel()).isEqualTo(ReplyChannel.MANUAL);
        assertThat(replied.reply().repliedAt()).isEqualTo(tokyo(2026, 12, 7, 15, 0));
        // the Cc copy reached the firm mailbox: read, found known, no new consultation
        await("the copy read and acknowledged").until(() -> MAILBOX.inbox().getMessageCount() == 2 && MAILBOX.allSeen());
        assertThat(consultations.consultations(caseNumber)).hasSize(1);
        assertThat(inbox.messages(received.id())).extracting(message -> message.direction()).containsExactly("IN", "OUT");
    }

    @Test
    void aReplyThatCannotBeSentIsNotRecorded() {
        MAILBOX.receive(Mailbox.mail(client, "質問", "本文", Map.of("Message-ID", "<nosend-" + client + ">")), MONDAY_10);
        Consultation received = awaitConsultation();
        Task reply = tasks.createTaskQuery().processInstanceId(received.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_REPLY).singleResult();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(reply.getId(),
                        Map.of("minutes", 15, "summary", "要旨", "sendEmail", true)))
                .hasMessageContaining("emailText");

        assertThat(consultations.get(received.id()).reply()).isNull();
    }

    @Test
    void autoModeAsksTheServerWhetherItOffersIdle() {
        assertThat(MailInbound.offersIdle(MAILBOX.imapUrl())).as("GreenMail announces IDLE").isTrue();
        assertThat(MailInbound.redacted(MAILBOX.imapUrl())).doesNotContain(Mailbox.PASSWORD);
    }

    private Consultation awaitConsultation() {
        await("consultation of " + caseNumber).atMost(Duration.ofSeconds(20))
                .until(() -> !consultations.consultations(caseNumber).isEmpty());
        List<Consultation> received = consultations.consultations(caseNumber);
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private Task triageTask(String messageId) {
        return inbox.stored("email:" + messageId)
                .flatMap(message -> tasks.createTaskQuery().processInstanceBusinessKey("message/" + message.id())
                        .taskDefinitionKey(TriageProcess.TASK_TRIAGE).list().stream().findFirst())
                .orElse(null);
    }

    static Instant tokyo(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BusinessTime.ZONE).toInstant();
    }

    static void clockAt(Instant instant) {
        TestClock.setTokyo(LocalDateTime.ofInstant(instant, BusinessTime.ZONE));
    }
}
