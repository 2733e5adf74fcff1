package jp.bansou.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * What the adapters call: {@link Inbox#accept} in its own transaction, a message stored before (read again after a
 * crash, by another node, a channel's retry) answered as DUPLICATE once that transaction rolled back. On return the
 * message's transaction has committed: only then may an adapter acknowledge it (mark the mail seen).
 */
@Component
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final Inbox inbox;

    Deliveries(Inbox inbox) {
        this.inbox = inbox;
    }

    MessageOutcome deliver(InboundMessage message) {
        try {
            return inbox.accept(message);
        } catch (DuplicateKeyException e) {
            log.info("Channel message {} was stored before: skipped", message.key());
            return MessageOutcome.DUPLICATE;
        }
    }
}
