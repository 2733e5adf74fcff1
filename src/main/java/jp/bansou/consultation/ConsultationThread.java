package jp.bansou.consultation;

import java.time.Instant;
import java.util.List;

/** The messages of a consultation's thread as the channels delivered them (jp.bansou.channel keeps them). */
public interface ConsultationThread {

    List<Message> messages(long consultationId);

    /** {@code direction}: IN from the client, OUT from the firm; {@code firmUser} set for a firm user's message. */
    record Message(long id, String source, String direction, String sender, String firmUser, String subject,
            String body, String attachments, Instant receivedAt, String outcome) {
    }
}
