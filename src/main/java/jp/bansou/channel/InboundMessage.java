package jp.bansou.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A message as a channel delivered it, channel-neutral.
 *
 * @param source      EMAIL, SLACK, CHATWORK
 * @param key         unique per message across deliveries and nodes: {@code email:<Message-ID>}, {@code slack:<event_id>}
 * @param threadRef   what later messages of the thread refer to: the e-mail's Message-ID, the chat room
 * @param chatThread  the thread inside the chat room, where the service has threads (Slack: {@code
 *                    slack:<channel>:<ts of the thread's first message>}); null for e-mail and Chatwork
 * @param references  what this message refers to: In-Reply-To and References, the chat room or its thread
 * @param caseTag     a case number the message names itself ({@code [C-2026-0001]} in the subject, a plus-address)
 * @param contacts    the contacts that may map it to a case, most specific first
 * @param sender      the sender as shown, e.g. {@code 佐藤 花子 <hanako@client.example>}
 * @param firmUser    the firm user who wrote it, when the sender is one
 * @param receivedAt  when the firm's server received it (IMAP INTERNALDATE, Slack's event_time), never after now
 * @param automated   an auto-reply, bulk or list mail, or the service's own mail: stored, never a consultation
 */
public record InboundMessage(
        String source,
        String key,
        String threadRef,
        String chatThread,
        List<String> references,
        Optional<String> caseTag,
        List<Contact.Key> contacts,
        String sender,
        Optional<String> firmUser,
        String subject,
        String body,
        String attachments,
        Instant receivedAt,
        boolean automated) {

    /** A message of a channel without threads inside its rooms (e-mail, Chatwork). */
    public InboundMessage(String source, String key, String threadRef, List<String> references,
            Optional<String> caseTag, List<Contact.Key> contacts, String sender, Optional<String> firmUser,
            String subject, String body, String attachments, Instant receivedAt, boolean automated) {
        this(source, key, threadRef, null, references, caseTag, contacts, sender, firmUser, subject, body,
                attachments, receivedAt, automated);
    }

    public boolean isChat() {
        return !"EMAIL".equals(source);
    }
}
