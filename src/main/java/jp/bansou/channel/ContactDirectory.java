package jp.bansou.channel;

import static jp.bansou.platform.Jdbc.enumValue;
import static jp.bansou.platform.Jdbc.instant;
import static jp.bansou.platform.Jdbc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.bansou.platform.InvalidInputException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts of the cases: who writes for a case (an address, a whole domain) and its chat rooms. The inquiry's
 * contact e-mail is a contact of its case from the start; the consultant or a manager adds more. A value belongs
 * to one case at most (an inquiry's e-mail aside: two inquiries from one address make that address ambiguous).
 * Matching considers the cases that are not closed.
 */
@Service
@Transactional
public class ContactDirectory {

    static final int MAX_VALUE = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern DOMAIN = Pattern.compile(
            "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$");
    private static final Pattern SLACK_ID = Pattern.compile("^[A-Z0-9]{6,20}$");
    private static final Pattern CHATWORK_ID = Pattern.compile("^[0-9]{1,20}$");

    private final JdbcClient jdbc;
    private final Clock clock;

    ContactDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds a contact to a case; 409 (ContactConflictException) when the value is already on a case. */
    public Contact add(String caseNumber, String kindName, String value, String addedBy) {
        ContactKind kind = kind(kindName);
        String normalised = normalise(kind, value);
        Optional<Contact> existing = find(kind, normalised);
        if (existing.isPresent()) {
            throw new ContactConflictException(existing.get());
        }
        try {
            jdbc.sql("""
                    INSERT INTO case_contact (case_number, kind, contact, added_by, added_at)
                    VALUES (:caseNumber, :kind, :contact, :addedBy, :addedAt)""")
                    .param("caseNumber", caseNumber).param("kind", kind.name()).param("contact", normalised)
                    .param("addedBy", addedBy).param("addedAt", utc(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ContactConflictException(find(kind, normalised).orElseThrow());
        }
        return find(kind, normalised).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(String caseNumber) {
        return jdbc.sql("""
                SELECT case_number, 'EMAIL' AS kind, LOWER(contact_email) AS contact, 'INQUIRY' AS source,
                       NULL AS added_by, received_at AS added_at
                FROM engagement WHERE case_number = :caseNumber
                UNION ALL
                SELECT case_number, kind, contact, 'ADDED' AS source, added_by, added_at
                FROM case_contact WHERE case_number = :caseNumber
                ORDER BY added_at""")
                .param("caseNumber", caseNumber).query(ContactDirectory::contact).list();
    }

    /**
     * The open cases the message's contacts name, by the first key (most specific first: address, then domain)
     * that names any: one case, several (ambiguous), or none.
     */
    @Transactional(readOnly = true)
    public Set<String> casesFor(List<Contact.Key> keys) {
        for (Contact.Key key : keys) {
            Set<String> cases = new LinkedHashSet<>(jdbc.sql("""
                    SELECT c.case_number FROM case_contact c JOIN engagement e ON e.case_number = c.case_number
                    WHERE c.kind = :kind AND c.contact = :contact AND e.closed_at IS NULL
                    UNION
                    SELECT case_number FROM engagement
                    WHERE :kind = 'EMAIL' AND LOWER(contact_email) = :contact AND closed_at IS NULL""")
                    .param("kind", key.kind().name()).param("contact", key.value())
                    .query(String.class).list());
            if (!cases.isEmpty()) {
                return cases;
            }
        }
        return Set.of();
    }

    /** The value as stored and matched; invalid values are refused naming the field {@code value}. */
    static String normalise(ContactKind kind, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("value", "is required");
        }
        String text = value.strip();
        if (text.length() > MAX_VALUE) {
            throw new InvalidInputException("value", "must have at most " + MAX_VALUE + " characters");
        }
        return switch (kind) {
            case EMAIL -> valid(text.toLowerCase(Locale.ROOT), EMAIL, "must be an e-mail address such as taro@client.example");
            case DOMAIN -> valid(text.replaceFirst("^@", "").toLowerCase(Locale.ROOT), DOMAIN,
                    "must be a domain such as client.example");
            case SLACK_CHANNEL -> valid(text.toUpperCase(Locale.ROOT), SLACK_ID,
                    "must be a Slack channel id such as C0123ABCD (channel details → the id at the bottom)");
            case CHATWORK_ROOM -> valid(text.replaceFirst("^rid", ""), CHATWORK_ID,
                    "must be a Chatwork room id (the digits after #!rid in the room's address)");
        };
    }

    private static String valid(String value, Pattern pattern, String message) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidInputException("value", message);
        }
        return value;
    }

    private static ContactKind kind(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("kind", "is required");
        }
        try {
            return ContactKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "must be one of " + List.of(ContactKind.values()));
        }
    }

    private Optional<Contact> find(ContactKind kind, String value) {
        return jdbc.sql("""
                SELECT case_number, kind, contact, 'ADDED' AS source, added_by, added_at
                FROM case_contact WHERE kind = :kind AND contact = :contact
                UNION ALL
                SELECT case_number, 'EMAIL' AS kind, LOWER(contact_email) AS contact, 'INQUIRY' AS source,
                       NULL AS added_by, received_at AS added_at
                FROM engagement WHERE :kind = 'EMAIL' AND LOWER(contact_email) = :contact""")
                .param("kind", kind.name()).param("contact", value)
                .query(ContactDirectory::contact).list().stream().findFirst();
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        return new Contact(rs.getString("case_number"), enumValue(rs, "kind", ContactKind.class),
                rs.getString("contact"), rs.getString("source"), rs.getString("added_by"), instant(rs, "added_at"));
    }
}
