package jp.bansou.channel;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The channels, from {@code bansou.channels} in application.yaml. Each channel is off until configured: mail
 * without an {@code imap-url}, Slack without a {@code signing-secret}, Chatwork without a {@code webhook-token}.
 */
@ConfigurationProperties("bansou.channels")
record ChannelProperties(@DefaultValue Mail mail, @DefaultValue Slack slack, @DefaultValue Chatwork chatwork) {

    /**
     * {@code imapUrl}: one mailbox or several (a list), e.g. {@code imaps://user:password@imap.example.jp/INBOX}.
     * {@code mode}: AUTO uses IMAP IDLE where the server offers it and polls every {@code pollInterval} otherwise.
     * {@code ignoredSenders}: addresses whose mail is never a consultation (the service's own notifications are
     * always ignored). {@code idleRestart}: how often an IDLE is renewed (a silently dropped connection is noticed
     * then).
     */
    public record Mail(List<String> imapUrl, @DefaultValue("AUTO") Mode mode, @DefaultValue("PT1M") Duration pollInterval,
            @DefaultValue("PT10S") Duration reconnectDelay, @DefaultValue("PT2M") Duration idleRestart, @DefaultValue("bansou") String plusTag,
            List<String> ignoredSenders, String replyFrom) {

        public enum Mode {
            AUTO, IDLE, POLL
        }

        public List<String> mailboxes() {
            return imapUrl == null ? List.of() : imapUrl.stream().filter(url -> !url.isBlank()).toList();
        }

        public List<String> ignored() {
            return ignoredSenders == null ? List.of() : ignoredSenders;
        }
    }

    /** {@code users}: Slack user id (U…) to firm user (Camunda user id). */
    public record Slack(String signingSecret, @DefaultValue("PT5M") Duration maxClockSkew, Map<String, String> users) {

        public Map<String, String> userMap() {
            return users == null ? Map.of() : users;
        }
    }

    /** {@code webhookToken}: the webhook's token as Chatwork shows it (base64); {@code users}: account id to firm user. */
    public record Chatwork(String webhookToken, Map<String, String> users) {

        public Map<String, String> userMap() {
            return users == null ? Map.of() : users;
        }
    }
}
