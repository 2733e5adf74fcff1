package jp.bansou.channel;

import java.time.Instant;

/**
 * A contact of a case: {@code value} normalised (lower-case e-mail address or domain; chat ids as given).
 * {@code source} INQUIRY for the inquiry's contact e-mail (registered with the case), ADDED otherwise.
 */
public record Contact(String caseNumber, ContactKind kind, String value, String source, String addedBy,
        Instant addedAt) {

    /** A contact a message names: its sender's address and domain, the room it was written in. */
    public record Key(ContactKind kind, String value) {
    }
}
