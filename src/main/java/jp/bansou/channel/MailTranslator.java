package jp.bansou.channel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import jp.bansou.notification.NotificationProperties;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;

/**
 * An e-mail as the inbox sees it: its Message-ID (a stable hash of its headers and text when it has none), the
 * thread it refers to, a case tag in the subject or a plus-address, the sender and whether they are of the firm,
 * the plain text (HTML converted), the attachments by name and size (not stored), and when the mailbox received
 * it (IMAP INTERNALDATE; the {@code Date} header is the sender's word and is not used).
 */
@Component
class MailTranslator {

    static final Pattern CASE_TAG = Pattern.compile("\\[(C-\\d{4}-\\d{4})]", Pattern.CASE_INSENSITIVE);
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Set<String> BULK = Set.of("bulk", "list", "junk");

    private final FirmUsers firmUsers;
    private final ChannelProperties properties;
    private final String notificationSender;
    private final Clock clock;

    MailTranslator(FirmUsers firmUsers, ChannelProperties properties, NotificationProperties notifications,
            Clock clock) {
        this.firmUsers = firmUsers;
        this.properties = properties;
        this.notificationSender = MailAddresses.address(notifications.from()).orElse(notifications.from());
        this.clock = clock;
    }

    InboundMessage translate(MimeMessage mail) throws MessagingException, IOException {
        String subject = Optional.ofNullable(mail.getSubject()).orElse("");
        Optional<String> from = firstAddress(mail.getFrom());
        String sender = mail.getFrom() == null || mail.getFrom().length == 0 ? "(不明 (unknown))"
                : ((InternetAddress) mail.getFrom()[0]).toUnicodeString();
        StringBuilder attachments = new StringBuilder();
        String body = text(mail, attachments);
        String messageId = messageId(mail.getMessageID()).orElseGet(() -> "sha256:" + hash(mail, sender, subject, body));
        List<String> references = new ArrayList<>(ids(mail.getHeader("In-Reply-To", " ")));
        references.addAll(ids(mail.getHeader("References", " ")));
        List<Contact.Key> contacts = new ArrayList<>();
        from.ifPresent(address -> {
            contacts.add(new Contact.Key(ContactKind.EMAIL, address));
            MailAddresses.domain(address).ifPresent(domain -> contacts.add(new Contact.Key(ContactKind.DOMAIN, domain)));
        });
        Instant now = clock.instant();
        Instant received = mail.getReceivedDate() == null ? now : mail.getReceivedDate().toInstant();
        return new InboundMessage("EMAIL", "email:" + messageId, messageId, List.copyOf(new LinkedHashSet<>(references)),
                caseTag(mail, subject), List.copyOf(contacts), sender, from.flatMap(firmUsers::byEmail), subject, body,
                attachments.isEmpty() ? null : attachments.toString(), received.isAfter(now) ? now : received,
                isAutomated(mail, from));
    }

    /** Auto-replies (RFC 3834), bulk and list mail, and the service's own notifications are not consultations. */
    private boolean isAutomated(MimeMessage mail, Optional<String> from) throws MessagingException {
        String autoSubmitted = mail.getHeader("Auto-Submitted", ",");
        if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
            return true;
        }
        String precedence = mail.getHeader("Precedence", ",");
        if (precedence != null && BULK.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (mail.getHeader("X-Autoreply") != null || mail.getHeader("X-Autorespond") != null) {
            return true;
        }
        return from.filter(address -> address.equalsIgnoreCase(notificationSender)
                || properties.mail().ignored().stream().anyMatch(address::equalsIgnoreCase)).isPresent();
    }

    /** {@code [C-2026-0001]} in the subject, else {@code bansou+C-2026-0001@…} among the recipients. */
    private Optional<String> caseTag(MimeMessage mail, String subject) throws MessagingException {
        Matcher tag = CASE_TAG.matcher(subject);
        if (tag.find()) {
            return Optional.of(tag.group(1).toUpperCase(Locale.ROOT));
        }
        Pattern plus = Pattern.compile("^" + Pattern.quote(properties.mail().plusTag()) + "\\+(C-\\d{4}-\\d{4})@",
                Pattern.CASE_INSENSITIVE);
        List<String> recipients = new ArrayList<>();
        Address[] all = mail.getAllRecipients();
        if (all != null) {
            for (Address address : all) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                    recipients.add(internet.getAddress());
                }
            }
        }
        for (String header : List.of("Delivered-To", "X-Original-To")) {
            String[] values = mail.getHeader(header);
            if (values != null) {
                recipients.addAll(List.of(values));
            }
        }
        return recipients.stream().map(String::strip).map(plus::matcher).filter(Matcher::find)
                .map(m -> m.group(1).toUpperCase(Locale.ROOT)).findFirst();
    }

    /** The plain text of the message: text/plain where there is one, HTML converted otherwise. */
    private static String text(Part part, StringBuilder attachments) throws MessagingException, IOException {
        String fileName = part.getFileName();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null && !part.isMimeType("multipart/*")) {
            if (!attachments.isEmpty()) {
                attachments.append(", ");
            }
            attachments.append(fileName == null ? "(無名 (unnamed))" : MimeUtility.decodeText(fileName))
                    .append(" (").append(Math.max(part.getSize(), 0)).append(" bytes)");
            return "";
        }
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("text/html")) {
            return htmlToText(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/alternative")) {
            Multipart alternatives = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart alternative = alternatives.getBodyPart(i);
                if (alternative.isMimeType("text/plain")) {
                    return String.valueOf(alternative.getContent());
                }
                if (html == null) {
                    html = text(alternative, attachments);
                }
            }
            return html == null ? "" : html;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                String piece = text(parts.getBodyPart(i), attachments);
                if (!piece.isBlank()) {
                    text.append(text.isEmpty() ? "" : "\n").append(piece);
                }
            }
            return text.toString();
        }
        return "";
    }

    static String htmlToText(String html) {
        Document document = Jsoup.parse(html);
        document.select("br, p, div, li, tr, h1, h2, h3, h4, h5, h6").forEach(element -> element.before(new TextNode("\n")));
        return document.body() == null ? "" : document.body().wholeText().replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static Optional<String> firstAddress(Address[] addresses) {
        if (addresses == null) {
            return Optional.empty();
        }
        for (Address address : addresses) {
            if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                return MailAddresses.address(internet.getAddress());
            }
        }
        return Optional.empty();
    }

    static Optional<String> messageId(String header) {
        List<String> ids = ids(header);
        if (ids.isEmpty()) {
            return header == null || header.isBlank() ? Optional.empty() : Optional.of(header.strip());
        }
        return Optional.of(ids.get(0));
    }

    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher id = MESSAGE_ID.matcher(header);
            while (id.find()) {
                ids.add(id.group(1));
            }
        }
        return ids;
    }

    /** Stable across readings: what the sender wrote, not what the server adds on delivery. */
    private static String hash(Message mail, String sender, String subject, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String date = mail.getSentDate() == null ? "" : String.valueOf(mail.getSentDate().getTime());
            digest.update((sender + "\n" + date + "\n" + subject + "\n" + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
