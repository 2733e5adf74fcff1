package jp.bansou.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import jp.bansou.BansouApplication;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.engagement.EngagementService;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.PostgresDatabase;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two service nodes on one PostgreSQL reading one firm mailbox (GreenMail) at the same time, one by IMAP IDLE and
 * one by polling: every mail is stored
 * once and makes one consultation, whichever node reads it first; a mail delivered twice (the same Message-ID in
 * the mailbox twice) is one consultation too. The unique key in channel_message decides, in the transaction that
 * stores the consultation.
 */
class MailTwoNodesIT {

    static final int MAILS = 8;
    static final Instant MONDAY_10 = LocalDateTime.of(2026, 12, 7, 10, 0).atZone(BusinessTime.ZONE).toInstant();

    static PostgresDatabase database;
    static Mailbox mailbox;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void twoNodes() {
        database = PostgresDatabase.create(MailTwoNodesIT.class);
        mailbox = new Mailbox();
        offsetClockTo(LocalDateTime.of(2026, 11, 24, 10, 0));
        nodeA = node("IDLE");
        nodeB = node("POLL");
    }

    @AfterAll
    static void stop() {
        nodeB.close();
        nodeA.close();
        ClockUtil.reset();
        mailbox.stop();
        database.close();
    }

    /** One node waits with IMAP IDLE, the other polls (as on a server without IDLE). */
    static ConfigurableApplicationContext node(String mode) {
        return new SpringApplicationBuilder(BansouApplication.class)
                .profiles("postgres", "demo")
                .run(database.serviceArguments("--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--spring.quartz.auto-startup=false",
                        "--bansou.channels.mail.imap-url=" + mailbox.imapUrl(),
                        "--bansou.channels.mail.mode=" + mode,
                        "--bansou.channels.mail.poll-interval=PT1S",
                        "--bansou.channels.mail.idle-restart=PT2S",
                        "--logging.level.root=warn"));
    }

    static void offsetClockTo(LocalDateTime tokyo) {
        ClockUtil.offset(tokyo.atZone(BusinessTime.ZONE).toInstant().toEpochMilli() - System.currentTimeMillis());
    }

    @Test
    void everyMailIsOneConsultationWhicheverNodeReadsIt() {
        EngagementFixture fixture = new EngagementFixture(nodeA.getBean(EngagementService.class),
                nodeA.getBean(TaskService.class));
        String caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
        nodeA.getBean(ContactDirectory.class).add(caseNumber, "DOMAIN", "client.example", "consultant");
        offsetClockTo(LocalDateTime.of(2026, 12, 7, 10, 30));

        for (int i = 0; i < MAILS; i++) {
            mailbox.receive(Mailbox.mail("client" + i + "@client.example", "相談 " + i, "本文 " + i,
                    Map.of("Message-ID", "<mail-" + i + "@client.example>")), MONDAY_10.plusSeconds(i));
        }
        mailbox.receive(Mailbox.mail("client0@client.example", "相談 0", "本文 0",
                Map.of("Message-ID", "<mail-0@client.example>")), MONDAY_10);

        JdbcClient jdbc = JdbcClient.create(nodeA.getBean(javax.sql.DataSource.class));
        ConsultationService consultations = nodeB.getBean(ConsultationService.class);
        await("every mail read and acknowledged").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> mailbox.allSeen() && consultations.consultations(caseNumber).size() >= MAILS);

        assertThat(consultations.consultations(caseNumber)).hasSize(MAILS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_message").query(Integer.class).single()).isEqualTo(MAILS);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT consultation_id) FROM channel_message").query(Integer.class).single())
                .isEqualTo(MAILS);
    }
}
