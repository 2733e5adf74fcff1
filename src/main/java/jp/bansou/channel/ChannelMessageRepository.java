package jp.bansou.channel;

import static jp.bansou.platform.Jdbc.instant;
import static jp.bansou.platform.Jdbc.nullableLong;
import static jp.bansou.platform.Jdbc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ChannelMessageRepository {

    static final int MAX_BODY = 20000;

    private final JdbcClient jdbc;

    ChannelMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails with DuplicateKeyException when a message with this key is stored already (or being stored). */
    long insert(InboundMessage message, String direction, MessageOutcome outcome, Instant storedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO channel_message (message_key, source, direction, thread_ref, chat_thread, sender, firm_user,
                                             subject, body, attachments, received_at, stored_at, outcome)
                VALUES (:key, :source, :direction, :threadRef, :chatThread, :sender, :firmUser,
                        :subject, :body, :attachments, :receivedAt, :storedAt, :outcome)""")
                .param("key", cut(message.key(), 500)).param("source", message.source()).param("direction", direction)
                .param("threadRef", message.threadRef() == null ? null : cut(message.threadRef(), 500))
                .param("chatThread", message.chatThread() == null ? null : cut(message.chatThread(), 500))
                .param("sender", cut(message.sender(), 300)).param("firmUser", message.firmUser().orElse(null))
                .param("subject", message.subject() == null ? null : cut(message.subject(), 500))
                .param("body", message.body() == null ? null : cut(message.body(), MAX_BODY))
                .param("attachments", message.attachments() == null ? null : cut(message.attachments(), 2000))
                .param("receivedAt", utc(message.receivedAt())).param("storedAt", utc(storedAt))
                .param("outcome", outcome.name())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void settle(long id, MessageOutcome outcome, String note, String caseNumber, Long consultationId) {
        jdbc.sql("""
                UPDATE channel_message SET outcome = :outcome, outcome_note = :note, case_number = :caseNumber,
                       consultation_id = :consultationId
                WHERE id = :id""")
                .param("outcome", outcome.name()).param("note", note == null ? null : cut(note, 500))
                .param("caseNumber", caseNumber).param("consultationId", consultationId).param("id", id)
                .update();
    }

    void triageStarted(long id, String processInstanceId) {
        jdbc.sql("UPDATE channel_message SET triage_process_id = :pid WHERE id = :id")
                .param("pid", processInstanceId).param("id", id).update();
    }

    void triaged(long id, String manager, Instant at) {
        jdbc.sql("UPDATE channel_message SET triaged_by = :manager, triaged_at = :at WHERE id = :id")
                .param("manager", manager).param("at", utc(at)).param("id", id).update();
    }

    /** The latest consultation of the thread the references name (a message or room, a chat thread), open or answered. */
    Optional<Long> consultationOfThread(List<String> references) {
        if (references.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT consultation_id FROM channel_message
                WHERE (thread_ref IN (:refs) OR chat_thread IN (:refs)) AND consultation_id IS NOT NULL
                ORDER BY consultation_id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("refs", references.stream().map(ref -> cut(ref, 500)).toList())
                .query(Long.class).optional();
    }

    Optional<StoredMessage> find(long id) {
        return jdbc.sql("SELECT * FROM channel_message WHERE id = :id").param("id", id)
                .query(ChannelMessageRepository::stored).optional();
    }

    Optional<StoredMessage> findByKey(String key) {
        return jdbc.sql("SELECT * FROM channel_message WHERE message_key = :key").param("key", key)
                .query(ChannelMessageRepository::stored).optional();
    }

    List<StoredMessage> findByConsultation(long consultationId) {
        return jdbc.sql("SELECT * FROM channel_message WHERE consultation_id = :id ORDER BY received_at, id")
                .param("id", consultationId).query(ChannelMessageRepository::stored).list();
    }

    /** The thread refs of a consultation's messages, oldest first: what a reply sent from the service refers to. */
    List<String> threadRefs(long consultationId) {
        return jdbc.sql("""
                SELECT thread_ref FROM channel_message WHERE consultation_id = :id AND thread_ref IS NOT NULL
                ORDER BY received_at, id""")
                .param("id", consultationId).query(String.class).list();
    }

    private static StoredMessage stored(ResultSet rs, int row) throws SQLException {
        Long consultation = nullableLong(rs, "consultation_id");
        return new StoredMessage(rs.getLong("id"), rs.getString("message_key"), rs.getString("source"),
                rs.getString("direction"), rs.getString("thread_ref"), rs.getString("sender"),
                rs.getString("firm_user"), rs.getString("subject"), rs.getString("body"), rs.getString("attachments"),
                instant(rs, "received_at"), MessageOutcome.valueOf(rs.getString("outcome")),
                rs.getString("outcome_note"), rs.getString("case_number"), consultation,
                rs.getString("triage_process_id"), rs.getString("triaged_by"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    record StoredMessage(long id, String key, String source, String direction, String threadRef, String sender,
            String firmUser, String subject, String body, String attachments, Instant receivedAt,
            MessageOutcome outcome, String note, String caseNumber, Long consultationId, String triageProcessId,
            String triagedBy) {
    }
}
