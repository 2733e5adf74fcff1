package jp.bansou.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.bansou.channel.ChannelMessageRepository.StoredMessage;
import jp.bansou.consultation.Channel;
import jp.bansou.consultation.Consultation;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.ConsultationThread;
import jp.bansou.consultation.ReplyChannel;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every channel delivers its messages. One message, one transaction: its dedup record (the unique key that
 * makes a message count once, whoever reads it and however often) together with what it becomes — a new
 * consultation, a further message of an open one, the reply of the firm user who wrote it, a triage task for the
 * managers, or nothing (auto-replies, bulk mail, the service's own mail). A message is never dropped.
 *
 * <p>Case, in this order: the case the message names (subject tag, plus-address), its thread, its contacts.
 * The thread: a client's message in the thread of an open consultation extends it; after the reply, the first
 * client message starts a new one (the next reply is owed from then).
 */
@Service
@Transactional
public class Inbox implements ConsultationThread {

    static final String IN = "IN";
    static final String OUT = "OUT";
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final ChannelMessageRepository messages;
    private final ContactDirectory contacts;
    private final ConsultationService consultations;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(ChannelMessageRepository messages, ContactDirectory contacts, ConsultationService consultations,
            RuntimeService runtime, JdbcClient jdbc, Clock clock) {
        this.messages = messages;
        this.contacts = contacts;
        this.consultations = consultations;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores the message and acts on it. A message stored before (the same key) fails the insert, which comes
     * first, with a DuplicateKeyException: nothing else happened; {@link Deliveries} turns it into DUPLICATE.
     */
    public MessageOutcome accept(InboundMessage message) {
        Instant now = clock.instant();
        InboundMessage bounded = message.receivedAt().isAfter(now) ? withReceivedAt(message, now) : message;
        long id = messages.insert(bounded, bounded.firmUser().isPresent() ? OUT : IN, MessageOutcome.IGNORED, now);
        if (bounded.automated()) {
            messages.settle(id, MessageOutcome.IGNORED, "auto-reply, bulk or list mail, or the service's own", null, null);
            log.info("Channel message {} ({}) ignored: automated", id, bounded.key());
            return MessageOutcome.IGNORED;
        }
        Optional<Consultation> thread = consultationOfThread(bounded).map(consultations::get);
        if (bounded.firmUser().isPresent()) {
            return firmMessage(id, bounded, thread);
        }
        Optional<String> tagged = bounded.caseTag().filter(this::caseExists);
        if (thread.isPresent() && thread.get().isOpen()
                && (tagged.isEmpty() || tagged.get().equals(thread.get().caseNumber()))) {
            messages.settle(id, MessageOutcome.APPENDED, null, thread.get().caseNumber(), thread.get().id());
            log.info("Channel message {} appended to consultation {}", id, thread.get().businessKey());
            return MessageOutcome.APPENDED;
        }
        Optional<String> caseNumber = tagged.or(() -> thread.map(Consultation::caseNumber));
        String why;
        if (caseNumber.isPresent()) {
            why = null;
        } else {
            Set<String> cases = contacts.casesFor(bounded.contacts());
            if (cases.size() == 1) {
                caseNumber = Optional.of(cases.iterator().next());
                why = null;
            } else {
                why = cases.isEmpty() ? "no case matches the sender or the room" : "several cases match: " + cases;
            }
        }
        if (caseNumber.isPresent()) {
            Optional<String> refusal = consultations.refusal(caseNumber.get(), channel(bounded), bounded.receivedAt(),
                    bounded.sender(), bounded.subject());
            if (refusal.isEmpty()) {
                start(id, bounded, caseNumber.get());
                return MessageOutcome.CONSULTATION;
            }
            why = caseNumber.get() + ": " + refusal.get();
        }
        triage(id, bounded, why);
        return MessageOutcome.TRIAGE;
    }

    /**
     * A manager's triage decision: assign the message to a case (it starts a consultation received when the
     * message was, and optionally makes its sender a contact of the case), or mark it not a consultation.
     */
    void triage(long messageId, TriageDecision decision, String caseNumber, boolean addSenderAsContact,
            String manager) {
        StoredMessage message = messages.find(messageId).orElseThrow();
        if (message.outcome() != MessageOutcome.TRIAGE) {
            throw new InvalidInputException("decision", "message " + messageId + " was already handled ("
                    + message.outcome() + ")");
        }
        if (decision == TriageDecision.NOT_CONSULTATION) {
            messages.settle(messageId, MessageOutcome.NOT_CONSULTATION, "marked by " + manager, null, null);
            messages.triaged(messageId, manager, clock.instant());
            return;
        }
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new InvalidInputException("caseNumber", "is required to assign the message to a case");
        }
        String target = caseNumber.strip();
        if (!caseExists(target)) {
            throw new InvalidInputException("caseNumber", "there is no case " + target);
        }
        Channel channel = "EMAIL".equals(message.source()) ? Channel.EMAIL : Channel.CHAT;
        consultations.refusal(target, channel, message.receivedAt(), message.sender(), message.subject())
                .ifPresent(refusal -> {
                    throw new InvalidInputException("caseNumber", refusal);
                });
        Consultation started = consultations.receiveFromChannel(target, channel, message.receivedAt(), message.sender(),
                message.subject(), "triage:" + manager);
        messages.settle(messageId, MessageOutcome.CONSULTATION, "assigned by " + manager, target, started.id());
        messages.triaged(messageId, manager, clock.instant());
        if (addSenderAsContact && "EMAIL".equals(message.source())) {
            MailAddresses.address(message.sender()).ifPresent(address -> {
                if (contacts.casesFor(List.of(new Contact.Key(ContactKind.EMAIL, address))).isEmpty()) {
                    contacts.add(target, ContactKind.EMAIL.name(), address, manager);
                }
            });
        }
    }

    /** A message the service sent itself (a reply from the task form), stored so its copy is not read again. */
    void recordSent(InboundMessage sent, long consultationId, String caseNumber) {
        long id = messages.insert(sent, OUT, MessageOutcome.FIRM_MESSAGE, clock.instant());
        messages.settle(id, MessageOutcome.REPLY, "sent from the reply task", caseNumber, consultationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Message> messages(long consultationId) {
        return messages.findByConsultation(consultationId).stream()
                .map(m -> new Message(m.id(), m.source(), m.direction(), m.sender(), m.firmUser(), m.subject(),
                        m.body(), m.attachments(), m.receivedAt(), m.outcome().name()))
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<StoredMessage> stored(String key) {
        return messages.findByKey(key);
    }

    @Transactional(readOnly = true)
    Optional<StoredMessage> stored(long id) {
        return messages.find(id);
    }

    @Transactional(readOnly = true)
    List<String> threadRefs(long consultationId) {
        return messages.threadRefs(consultationId);
    }

    /**
     * The latest consultation of the message's thread. A chat message in a thread the service has no message of
     * (its first message came before the room was mapped to the case) counts as a message of its room.
     */
    private Optional<Long> consultationOfThread(InboundMessage message) {
        Optional<Long> found = messages.consultationOfThread(message.references());
        if (found.isEmpty() && message.chatThread() != null && !message.references().contains(message.threadRef())) {
            return messages.consultationOfThread(List.of(message.threadRef()));
        }
        return found;
    }

    private MessageOutcome firmMessage(long id, InboundMessage message, Optional<Consultation> thread) {
        String user = message.firmUser().orElseThrow();
        if (thread.isEmpty() || !thread.get().isOpen()) {
            messages.settle(id, MessageOutcome.FIRM_MESSAGE, "no open consultation in its thread",
                    thread.map(Consultation::caseNumber).orElse(null), thread.map(Consultation::id).orElse(null));
            return MessageOutcome.FIRM_MESSAGE;
        }
        Consultation open = thread.get();
        messages.settle(id, MessageOutcome.REPLY, null, open.caseNumber(), open.id());
        consultations.replyFromChannel(open.id(), message.isChat() ? ReplyChannel.CHAT : ReplyChannel.EMAIL,
                message.receivedAt(), user, message.body());
        log.info("Channel message {}: {} replied to consultation {} at {}", id, user, open.businessKey(),
                message.receivedAt());
        return MessageOutcome.REPLY;
    }

    private void start(long id, InboundMessage message, String caseNumber) {
        Consultation started = consultations.receiveFromChannel(caseNumber, channel(message), message.receivedAt(),
                message.sender(), message.subject(), message.source().toLowerCase(java.util.Locale.ROOT));
        messages.settle(id, MessageOutcome.CONSULTATION, null, caseNumber, started.id());
        log.info("Channel message {} ({}) started consultation {}, received {}", id, message.key(),
                started.businessKey(), message.receivedAt().atZone(BusinessTime.ZONE).toOffsetDateTime());
    }

    private void triage(long id, InboundMessage message, String why) {
        messages.settle(id, MessageOutcome.TRIAGE, why, null, null);
        String processInstanceId = runtime.startProcessInstanceByKey(TriageProcess.PROCESS_ID, "message/" + id,
                Map.of(TriageProcess.CHANNEL_MESSAGE_ID, id)).getId();
        messages.triageStarted(id, processInstanceId);
        log.info("Channel message {} ({}) from {} goes to triage: {}", id, message.key(), message.sender(), why);
    }

    private boolean caseExists(String caseNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM engagement WHERE case_number = :caseNumber")
                .param("caseNumber", caseNumber).query(Integer.class).single() > 0;
    }

    private static Channel channel(InboundMessage message) {
        return message.isChat() ? Channel.CHAT : Channel.EMAIL;
    }

    private static InboundMessage withReceivedAt(InboundMessage m, Instant receivedAt) {
        return new InboundMessage(m.source(), m.key(), m.threadRef(), m.chatThread(), m.references(), m.caseTag(),
                m.contacts(), m.sender(), m.firmUser(), m.subject(), m.body(), m.attachments(), receivedAt,
                m.automated());
    }
}
