package jp.bansou.channel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Slack Events API: requests signed with the app's signing secret ({@code X-Slack-Signature: v0=HMAC-SHA256(
 * "v0:" + X-Slack-Request-Timestamp + ":" + body)}, at most five minutes old); a channel message (no subtype but a
 * thread reply also sent to the channel: not a bot, not an edit) is a message of the Slack channel, which a
 * SLACK_CHANNEL contact maps to a case. A message in a thread ({@code thread_ts}) belongs to that thread's
 * consultation; one outside any thread to the channel's latest. The event_id keys it, so Slack's retries are
 * stored once. Slack users are firm users through {@code bansou.channels.slack.users}.
 */
@Component
class SlackAdapter implements ChatAdapter {

    private final ChannelProperties properties;
    private final FirmUsers firmUsers;

    SlackAdapter(ChannelProperties properties, FirmUsers firmUsers) {
        this.properties = properties;
        this.firmUsers = firmUsers;
    }

    @Override
    public boolean configured() {
        String secret = properties.slack().signingSecret();
        return secret != null && !secret.isBlank();
    }

    @Override
    public boolean verified(HttpHeaders headers, byte[] body, Instant now) {
        String timestamp = headers.getFirst("X-Slack-Request-Timestamp");
        String signature = headers.getFirst("X-Slack-Signature");
        if (timestamp == null || signature == null || !signature.startsWith("v0=")) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
        if (age.compareTo(properties.slack().maxClockSkew()) > 0) {
            return false;
        }
        byte[] expected = WebhookSignatures.hmacSha256(properties.slack().signingSecret().getBytes(StandardCharsets.UTF_8),
                ("v0:" + timestamp.strip() + ":").getBytes(StandardCharsets.UTF_8), body);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(3));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return WebhookSignatures.same(expected, given);
    }

    @Override
    public Event read(JsonNode payload) {
        String type = payload.path("type").asText();
        if ("url_verification".equals(type)) {
            return Event.challenge(payload.path("challenge").asText());
        }
        JsonNode event = payload.path("event");
        if (!"event_callback".equals(type) || !"message".equals(event.path("type").asText())) {
            return Event.ignored("not a message event: " + type + "/" + event.path("type").asText());
        }
        boolean broadcast = "thread_broadcast".equals(event.path("subtype").asText());
        if ((event.hasNonNull("subtype") && !broadcast) || event.hasNonNull("bot_id")) {
            return Event.ignored("a " + event.path("subtype").asText("bot") + " message");
        }
        String eventId = payload.path("event_id").asText();
        String channel = event.path("channel").asText();
        String user = event.path("user").asText();
        if (eventId.isBlank() || channel.isBlank() || user.isBlank()) {
            return Event.ignored("a message without event_id, channel or user");
        }
        String room = "slack:" + channel;
        String ts = event.path("ts").asText("0");
        String threadTs = event.path("thread_ts").asText("");
        boolean inThread = !threadTs.isBlank() && !threadTs.equals(ts);
        String chatThread = room + ":" + (inThread ? threadTs : ts);
        String text = event.path("text").asText("");
        Instant sentAt = payload.hasNonNull("event_time") ? Instant.ofEpochSecond(payload.path("event_time").asLong())
                : Instant.ofEpochMilli((long) (Double.parseDouble(ts) * 1000));
        return Event.message(new InboundMessage("SLACK", "slack:" + eventId, room, chatThread,
                List.of(inThread ? chatThread : room), Optional.empty(),
                List.of(new Contact.Key(ContactKind.SLACK_CHANNEL, channel)), "Slack " + user + " (" + channel + ")",
                firmUsers.bySlackUser(user), ChatAdapter.subjectOf(text), text, null, sentAt, false));
    }
}
