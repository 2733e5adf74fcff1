package jp.bansou.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.bansou.BansouTest;
import jp.bansou.consultation.Channel;
import jp.bansou.consultation.Consultation;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.ReplyChannel;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Slack and Chatwork webhooks over HTTP, signed as the services sign them (secrets from application-test.yaml):
 * signed messages of a mapped room start and answer consultations, wrong or stale signatures are 401 with nothing
 * stored, retried events are stored once, Slack's url_verification is answered.
 */
@BansouTest
class ChatWebhookTest {

    static final String SLACK_SECRET = "test-slack-signing-secret";
    static final String CHATWORK_TOKEN = "dGVzdC1jaGF0d29yay13ZWJob29rLXRva2Vu";
    static final AtomicInteger ROOMS = new AtomicInteger(100);
    static final Instant MONDAY_10 = LocalDateTime.of(2026, 12, 7, 10, 0).atZone(BusinessTime.ZONE).toInstant();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    ContactDirectory contacts;
    @Autowired
    ConsultationService consultations;
    @Autowired
    JdbcClient jdbc;

    String caseNumber;

    @BeforeEach
    void caseUnderContract() {
        caseNumber = fixture.caseUnderContract(Plan.STANDARD);
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 1));
    }

    int storedMessages() {
        return jdbc.sql("SELECT COUNT(*) FROM channel_message").query(Integer.class).single();
    }

    @Nested
    class Slack {

        String channel;

        @BeforeEach
        void channelOfTheCase() {
            channel = "C0TEST" + ROOMS.incrementAndGet();
            contacts.add(caseNumber, "SLACK_CHANNEL", channel, "consultant");
        }

        @Test
        void urlVerificationIsAnswered() {
            ResponseEntity<Map> response = slack("{\"type\":\"url_verification\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV\","
                    + "\"token\":\"x\"}", now(), SLACK_SECRET, null);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).containsEntry("challenge", "3eZbrw1aBm2rZgRNFdxV");
        }

        @Test
        void aClientMessageStartsAConsultationAndARetryIsStoredOnce() {
            String event = message("Ev" + UUID.randomUUID(), "U0CLIENT", "定例会の進め方について相談です\n詳細は…", MONDAY_10);

            ResponseEntity<Map> first = slack(event, now(), SLACK_SECRET, null);
            ResponseEntity<Map> retry = slack(event, now(), SLACK_SECRET, "1");

            assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(first.getBody()).containsEntry("outcome", "CONSULTATION");
            assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(retry.getBody()).containsEntry("outcome", "DUPLICATE");
            assertThat(consultations.consultations(caseNumber)).singleElement().satisfies(c -> {
                assertThat(c.channel()).isEqualTo(Channel.CHAT);
                assertThat(c.receivedAt()).isEqualTo(MONDAY_10);
                assertThat(c.subject()).isEqualTo("定例会の進め方について相談です");
            });
        }

        /**
         * Threads keep questions apart: an answer in a thread answers that thread's consultation, and a new question
         * in an answered thread is a consultation of its own, not a follow-up of the channel's open one.
         */
        @Test
        void aMessageInAThreadBelongsToThatThreadsConsultation() {
            Instant first = MONDAY_10;
            assertThat(sent(message("Ev" + UUID.randomUUID(), "U0CLIENT", "質問1", first), first))
                    .isEqualTo("CONSULTATION");
            Instant answer = first.plus(Duration.ofMinutes(20));
            assertThat(sent(inThread(first, "U0CONSULT", "回答1", answer, false), answer)).isEqualTo("REPLY");
            Instant second = first.plus(Duration.ofMinutes(30));
            assertThat(sent(message("Ev" + UUID.randomUUID(), "U0CLIENT", "質問2", second), second))
                    .isEqualTo("CONSULTATION");
            Instant followUp = first.plus(Duration.ofMinutes(40));
            assertThat(sent(inThread(first, "U0CLIENT", "質問1の続き", followUp, false), followUp))
                    .isEqualTo("CONSULTATION");
            Instant followUpAnswer = first.plus(Duration.ofMinutes(50));
            assertThat(sent(inThread(first, "U0CONSULT", "続きへの回答", followUpAnswer, true), followUpAnswer))
                    .isEqualTo("REPLY");

            assertThat(consultations.consultations(caseNumber)).extracting(Consultation::subject,
                            c -> c.reply() == null ? null : c.reply().repliedAt())
                    .containsExactly(tuple("質問1", answer), tuple("質問2", null), tuple("質問1の続き", followUpAnswer));
        }

        /** A thread whose first message came before the channel was the case's: its messages count as the channel's. */
        @Test
        void aMessageInAThreadNotSeenStartingCountsAsTheChannels() {
            assertThat(sent(message("Ev" + UUID.randomUUID(), "U0CLIENT", "質問", MONDAY_10), MONDAY_10))
                    .isEqualTo("CONSULTATION");
            Instant later = MONDAY_10.plus(Duration.ofMinutes(10));

            assertThat(sent(inThread(MONDAY_10.minus(Duration.ofDays(3)), "U0CLIENT", "補足です", later, false), later))
                    .isEqualTo("APPENDED");
            assertThat(consultations.consultations(caseNumber)).hasSize(1);
        }

        @Test
        void theConsultantsMessageInTheChannelAfterwardsIsTheReply() {
            slack(message("Ev" + UUID.randomUUID(), "U0CLIENT", "質問です", MONDAY_10), now(), SLACK_SECRET, null);
            TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 11, 0));

            ResponseEntity<Map> reply = slack(message("Ev" + UUID.randomUUID(), "U0CONSULT", "回答します",
                    MONDAY_10.plus(Duration.ofMinutes(50))), now(), SLACK_SECRET, null);

            assertThat(reply.getBody()).containsEntry("outcome", "REPLY");
            Consultation replied = consultations.consultations(caseNumber).get(0);
            assertThat(replied.reply().repliedBy()).isEqualTo("consultant");
            assertThat(replied.reply().channel()).isEqualTo(ReplyChannel.CHAT);
            assertThat(replied.reply().repliedAt()).isEqualTo(MONDAY_10.plus(Duration.ofMinutes(50)));
            Map<?, ?> shown = rest.withBasicAuth("consultant", "consultant")
                    .getForObject("/api/consultations/" + replied.id(), Map.class);
            assertThat(shown.get("channel")).isEqualTo("CHAT");
            assertThat(((Map<?, ?>) shown.get("reply")).get("channel")).isEqualTo("CHAT");
            java.util.List<Object> bodies = ((java.util.List<?>) shown.get("messages")).stream()
                    .map(m -> ((Map<?, ?>) m).get("body")).map(Object.class::cast).toList();
            assertThat(bodies).containsExactly("質問です", "回答します");
        }

        @Test
        void aWrongOrStaleSignatureIs401AndNothingIsStored() {
            int before = storedMessages();
            String event = message("Ev" + UUID.randomUUID(), "U0CLIENT", "質問です", MONDAY_10);

            assertThat(slack(event, now(), "another-secret", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(slack(event, now() - 6 * 60, SLACK_SECRET, null).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            HttpHeaders unsigned = new HttpHeaders();
            unsigned.setContentType(MediaType.APPLICATION_JSON);
            assertThat(rest.exchange("/api/channels/slack/events", HttpMethod.POST, new HttpEntity<>(event, unsigned),
                    Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

            assertThat(storedMessages()).isEqualTo(before);
            assertThat(consultations.consultations(caseNumber)).isEmpty();
        }

        @Test
        void aSignedButUnexpectedPayloadIsIgnoredWithout5xx() {
            int before = storedMessages();

            assertThat(slack("{\"type\":\"event_callback\",\"event\":{\"type\":\"reaction_added\"}}", now(),
                    SLACK_SECRET, null).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(slack("not json at all", now(), SLACK_SECRET, null).getStatusCode()).isEqualTo(HttpStatus.OK);

            assertThat(storedMessages()).isEqualTo(before);
        }

        String message(String eventId, String user, String text, Instant at) {
            return event(eventId, "", user, text, at, "");
        }

        /** A message in the thread of the message sent at {@code threadStart}; a broadcast is also sent to the channel. */
        String inThread(Instant threadStart, String user, String text, Instant at, boolean broadcast) {
            return event("Ev" + UUID.randomUUID(), broadcast ? "\"subtype\":\"thread_broadcast\"," : "", user, text, at,
                    ",\"thread_ts\":\"" + ts(threadStart) + "\"");
        }

        private String event(String eventId, String subtype, String user, String text, Instant at, String thread) {
            return """
                    {"token":"x","team_id":"T0TEAM","type":"event_callback","event_id":"%s","event_time":%d,
                     "event":{"type":"message",%s"channel":"%s","user":"%s","text":"%s","ts":"%s"%s}}"""
                    .formatted(eventId, at.getEpochSecond(), subtype, channel, user, text.replace("\n", "\\n"),
                            ts(at), thread);
        }

        static String ts(Instant at) {
            return at.getEpochSecond() + ".000100";
        }

        /** The message, sent a minute after it was written. */
        String sent(String message, Instant at) {
            TestClock.setTokyo(LocalDateTime.ofInstant(at.plusSeconds(60), BusinessTime.ZONE));
            return (String) slack(message, now(), SLACK_SECRET, null).getBody().get("outcome");
        }

        ResponseEntity<Map> slack(String body, long timestamp, String secret, String retry) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.set("X-Slack-Request-Timestamp", String.valueOf(timestamp));
            headers.set("X-Slack-Signature", "v0=" + HexFormat.of().formatHex(WebhookSignatures.hmacSha256(
                    secret.getBytes(StandardCharsets.UTF_8),
                    ("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8))));
            if (retry != null) {
                headers.set("X-Slack-Retry-Num", retry);
                headers.set("X-Slack-Retry-Reason", "http_timeout");
            }
            return rest.exchange("/api/channels/slack/events", HttpMethod.POST, new HttpEntity<>(body, headers),
                    Map.class);
        }
    }

    @Nested
    class Chatwork {

        String room;

        @BeforeEach
        void roomOfTheCase() {
            room = String.valueOf(900000 + ROOMS.incrementAndGet());
            contacts.add(caseNumber, "CHATWORK_ROOM", room, "consultant");
        }

        @Test
        void aSignedMessageStartsAConsultationAndTheSameEventAgainIsStoredOnce() {
            String event = message("5001" + ROOMS.get(), "2002", "資料の確認をお願いします", MONDAY_10);

            ResponseEntity<Map> first = chatwork(event, ChatworkAdapter.sign(CHATWORK_TOKEN, event));
            ResponseEntity<Map> again = chatwork(event, ChatworkAdapter.sign(CHATWORK_TOKEN, event));

            assertThat(first.getBody()).containsEntry("outcome", "CONSULTATION");
            assertThat(again.getBody()).containsEntry("outcome", "DUPLICATE");
            assertThat(consultations.consultations(caseNumber)).singleElement()
                    .satisfies(c -> assertThat(c.receivedAt()).isEqualTo(MONDAY_10));
        }

        @Test
        void theConsultantsMessageInTheRoomIsTheReply() {
            String ask = message("6001" + ROOMS.get(), "2002", "質問です", MONDAY_10);
            chatwork(ask, ChatworkAdapter.sign(CHATWORK_TOKEN, ask));
            TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 15));
            String answer = message("6002" + ROOMS.get(), "1001", "回答です", MONDAY_10.plusSeconds(600));

            assertThat(chatwork(answer, ChatworkAdapter.sign(CHATWORK_TOKEN, answer)).getBody())
                    .containsEntry("outcome", "REPLY");
            assertThat(consultations.consultations(caseNumber).get(0).reply().repliedAt())
                    .isEqualTo(MONDAY_10.plusSeconds(600));
        }

        @Test
        void aWrongSignatureIs401AndNothingIsStored() {
            int before = storedMessages();
            String event = message("7001" + ROOMS.get(), "2002", "質問です", MONDAY_10);

            assertThat(chatwork(event, ChatworkAdapter.sign("b3RoZXItdG9rZW4=", event)).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(chatwork(event, "not base64 !").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

            assertThat(storedMessages()).isEqualTo(before);
        }

        String message(String messageId, String account, String text, Instant at) {
            return """
                    {"webhook_setting_id":"12345","webhook_event_type":"message_created","webhook_event_time":%d,
                     "webhook_event":{"message_id":"%s","room_id":%s,"account_id":%s,"body":"%s","send_time":%d,
                     "update_time":0}}""".formatted(at.getEpochSecond(), messageId, room, account, text,
                    at.getEpochSecond());
        }

        ResponseEntity<Map> chatwork(String body, String signature) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.set("X-ChatWorkWebhookSignature", signature);
            return rest.exchange("/api/channels/chatwork/webhook", HttpMethod.POST, new HttpEntity<>(body, headers),
                    Map.class);
        }
    }

    /** Slack signs with its own clock: the service's (the engine's) here. */
    static long now() {
        return ClockUtil.getCurrentTime().toInstant().getEpochSecond();
    }
}
