package jp.bansou.channel;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;

/**
 * One chat service's webhook (Slack, Chatwork; LINE WORKS or Teams would be one more): is the request authentic,
 * and which message does its payload carry. {@link ChatWebhookController} does the rest, the same for all.
 */
interface ChatAdapter {

    /** Whether the service is configured (its secret set); an unconfigured webhook verifies nothing. */
    boolean configured();

    /** The request's signature over the raw body, checked in constant time (and its age, where it has one). */
    boolean verified(HttpHeaders headers, byte[] body, Instant now);

    /** What the payload asks for: a challenge to answer, a message to deliver, or nothing (ignored). */
    Event read(JsonNode payload);

    record Event(Optional<String> challenge, Optional<InboundMessage> message, String ignoredBecause) {

        static Event challenge(String challenge) {
            return new Event(Optional.of(challenge), Optional.empty(), null);
        }

        static Event message(InboundMessage message) {
            return new Event(Optional.empty(), Optional.of(message), null);
        }

        static Event ignored(String why) {
            return new Event(Optional.empty(), Optional.empty(), why);
        }
    }

    /** The first line of a chat message, as the consultation's subject. */
    static String subjectOf(String text) {
        String firstLine = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return firstLine.length() <= 100 ? firstLine : firstLine.substring(0, 99) + "…";
    }
}
