package jp.bansou.channel;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chat services' webhooks. Anonymous for Spring Security: the signature is the authentication (401 and
 * nothing stored without a valid one). A signed request is answered at once: 200 after the message's
 * transaction (dedup record and consultation) committed, 200 as well for a payload that carries no message
 * (logged and ignored), so that the service does not retry it.
 */
@RestController
class ChatWebhookController {

    private static final Logger log = LoggerFactory.getLogger(ChatWebhookController.class);

    private final SlackAdapter slack;
    private final ChatworkAdapter chatwork;
    private final Deliveries deliveries;
    private final ObjectMapper json;
    private final Clock clock;

    ChatWebhookController(SlackAdapter slack, ChatworkAdapter chatwork, Deliveries deliveries, ObjectMapper json,
            Clock clock) {
        this.slack = slack;
        this.chatwork = chatwork;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/api/channels/slack/events")
    ResponseEntity<?> slack(@RequestHeader HttpHeaders headers, @RequestBody(required = false) byte[] body) {
        return receive("slack", slack, headers, body);
    }

    @PostMapping("/api/channels/chatwork/webhook")
    ResponseEntity<?> chatwork(@RequestHeader HttpHeaders headers, @RequestBody(required = false) byte[] body) {
        return receive("chatwork", chatwork, headers, body);
    }

    private ResponseEntity<?> receive(String service, ChatAdapter adapter, HttpHeaders headers, byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!adapter.configured() || !adapter.verified(headers, raw, clock.instant())) {
            log.warn("{} webhook refused: {}", service, adapter.configured() ? "bad or stale signature"
                    : "not configured (no secret)");
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The request's signature does not verify");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        ChatAdapter.Event event;
        try {
            JsonNode payload = json.readTree(raw);
            event = payload == null ? ChatAdapter.Event.ignored("an empty body") : adapter.read(payload);
        } catch (IOException | RuntimeException e) {
            log.warn("{} webhook: unexpected payload ignored ({})", service, e.toString());
            return ResponseEntity.ok().build();
        }
        if (event.challenge().isPresent()) {
            return ResponseEntity.ok(Map.of("challenge", event.challenge().get()));
        }
        if (event.message().isEmpty()) {
            log.info("{} webhook: ignored, {}", service, event.ignoredBecause());
            return ResponseEntity.ok().build();
        }
        MessageOutcome outcome = deliveries.deliver(event.message().get());
        return ResponseEntity.ok(Map.of("outcome", outcome));
    }
}
