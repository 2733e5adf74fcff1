package jp.bansou.channel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Chatwork webhooks: {@code X-ChatWorkWebhookSignature} is base64(HMAC-SHA256 of the body, keyed with the
 * base64-decoded webhook token). A {@code message_created} event is a message of its room, which a CHATWORK_ROOM
 * contact maps to a case; room and message id key it. Chatwork accounts are firm users through
 * {@code bansou.channels.chatwork.users}.
 */
@Component
class ChatworkAdapter implements ChatAdapter {

    private final ChannelProperties properties;
    private final FirmUsers firmUsers;

    ChatworkAdapter(ChannelProperties properties, FirmUsers firmUsers) {
        this.properties = properties;
        this.firmUsers = firmUsers;
    }

    @Override
    public boolean configured() {
        String token = properties.chatwork().webhookToken();
        return token != null && !token.isBlank();
    }

    @Override
    public boolean verified(HttpHeaders headers, byte[] body, Instant now) {
        String signature = headers.getFirst("X-ChatWorkWebhookSignature");
        if (signature == null) {
            return false;
        }
        try {
            byte[] key = Base64.getDecoder().decode(properties.chatwork().webhookToken().strip());
            return WebhookSignatures.same(WebhookSignatures.hmacSha256(key, body),
                    Base64.getDecoder().decode(signature.strip()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Event read(JsonNode payload) {
        String type = payload.path("webhook_event_type").asText();
        if (!"message_created".equals(type)) {
            return Event.ignored("not a new message: " + type);
        }
        JsonNode event = payload.path("webhook_event");
        String room = event.path("room_id").asText();
        String messageId = event.path("message_id").asText();
        String account = event.path("account_id").asText();
        if (room.isBlank() || messageId.isBlank() || account.isBlank()) {
            return Event.ignored("a message without room_id, message_id or account_id");
        }
        String text = event.path("body").asText("");
        long sent = event.path("send_time").asLong(payload.path("webhook_event_time").asLong(0));
        String thread = "chatwork:" + room;
        return Event.message(new InboundMessage("CHATWORK", "chatwork:" + room + ":" + messageId, thread,
                List.of(thread), Optional.empty(), List.of(new Contact.Key(ContactKind.CHATWORK_ROOM, room)),
                "Chatwork " + account + " (room " + room + ")", firmUsers.byChatworkAccount(account),
                ChatAdapter.subjectOf(text), text, null, Instant.ofEpochSecond(sent), false));
    }

    static String sign(String token, String body) {
        return Base64.getEncoder().encodeToString(WebhookSignatures.hmacSha256(Base64.getDecoder().decode(token),
                body.getBytes(StandardCharsets.UTF_8)));
    }
}
