package jp.bansou.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;

import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.mail.SearchTermStrategy;
import org.springframework.integration.mail.dsl.Mail;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads the firm's mailboxes ({@code bansou.channels.mail.imap-url}) with Spring Integration Mail: IMAP IDLE where
 * the server offers it, polling otherwise; the adapters reconnect by themselves. A message is marked seen only
 * after the transaction that stored it committed; until then it stays unseen and is read again (and then found
 * stored: exactly once). The adapters' own marking (SEEN, the RECENT-based search) is off for that reason.
 */
@Component
class MailInbound {

    private static final Logger log = LoggerFactory.getLogger(MailInbound.class);
    /** Unseen and not deleted: whatever this or another node has not yet stored and acknowledged. */
    static final SearchTermStrategy UNSEEN = (supportedFlags, folder) -> new AndTerm(
            new FlagTerm(new Flags(Flags.Flag.SEEN), false), new FlagTerm(new Flags(Flags.Flag.DELETED), false));

    private final ChannelProperties properties;
    private final IntegrationFlowContext flows;
    private final MailTranslator translator;
    private final Deliveries deliveries;
    private final List<IntegrationFlowContext.IntegrationFlowRegistration> registrations = new ArrayList<>();

    MailInbound(ChannelProperties properties, IntegrationFlowContext flows, MailTranslator translator,
            Deliveries deliveries) {
        this.properties = properties;
        this.flows = flows;
        this.translator = translator;
        this.deliveries = deliveries;
    }

    @EventListener(ApplicationReadyEvent.class)
    void readConfiguredMailboxes() {
        properties.mail().mailboxes().forEach(this::read);
    }

    /** Starts reading one mailbox. */
    synchronized void read(String imapUrl) {
        ChannelProperties.Mail mail = properties.mail();
        boolean idle = switch (mail.mode()) {
            case IDLE -> true;
            case POLL -> false;
            case AUTO -> offersIdle(imapUrl);
        };
        Properties javaMail = new Properties();
        for (String protocol : List.of("imap", "imaps")) {
            javaMail.setProperty("mail." + protocol + ".connectiontimeout", "30000");
            javaMail.setProperty("mail." + protocol + ".timeout", "300000");
        }
        IntegrationFlow flow = idle
                ? IntegrationFlow.from(Mail.imapIdleAdapter(imapUrl)
                                .shouldMarkMessagesAsRead(false)
                                .shouldDeleteMessages(false)
                                .autoCloseFolder(false)
                                .searchTermStrategy(UNSEEN)
                                .javaMailProperties(javaMail)
                                .reconnectDelay(mail.reconnectDelay().toMillis())
                                .cancelIdleInterval(Math.max(1, mail.idleRestart().toSeconds())))
                        .handle(this::handle)
                        .get()
                : IntegrationFlow.from(Mail.imapInboundAdapter(imapUrl)
                                        .shouldMarkMessagesAsRead(false)
                                        .shouldDeleteMessages(false)
                                        .autoCloseFolder(false)
                                        .searchTermStrategy(UNSEEN)
                                        .javaMailProperties(javaMail)
                                        .maxFetchSize(50),
                                endpoint -> endpoint.poller(Pollers.fixedDelay(mail.pollInterval()).maxMessagesPerPoll(50)))
                        .handle(this::handle)
                        .get();
        registrations.add(flows.registration(flow).register());
        log.info("Reading mailbox {} by {}", redacted(imapUrl), idle ? "IMAP IDLE" : "polling every " + mail.pollInterval());
    }

    /** Stops reading every mailbox (tests; the context's shutdown does it otherwise). */
    synchronized void stopAll() {
        registrations.forEach(registration -> flows.remove(registration.getId()));
        registrations.clear();
    }

    /**
     * One message: stored and acted on in its transaction, then marked seen. A failure (the database away) leaves
     * it unseen and is raised as a mail failure, so that the adapter waits its reconnect delay and reads it again.
     */
    private void handle(Message<?> message) {
        MimeMessage mail = (MimeMessage) message.getPayload();
        try {
            MessageOutcome outcome = deliveries.deliver(translator.translate(mail));
            mail.setFlag(Flags.Flag.SEEN, true);
            log.debug("Mail {} → {}", mail.getMessageID(), outcome);
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail not read, left unseen: " + e.getMessage(), e);
        } catch (Exception e) {
            log.error("Mail not stored, left unseen to be read again: {}", e.toString(), e);
            throw new IllegalStateException("Mail not stored", new MessagingException(e.getMessage(), e));
        }
    }

    /** Asked once at start-up; a server not reachable then is read by IDLE, whose adapter keeps reconnecting. */
    static boolean offersIdle(String imapUrl) {
        Properties props = new Properties();
        props.setProperty("mail.imap.connectiontimeout", "10000");
        props.setProperty("mail.imaps.connectiontimeout", "10000");
        try {
            Store store = Session.getInstance(props).getStore(new URLName(imapUrl));
            try {
                store.connect();
                return !(store instanceof IMAPStore imap) || imap.hasCapability("IDLE");
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            log.warn("Mailbox {} not reachable at start-up ({}): reading it by IDLE, reconnecting", redacted(imapUrl),
                    e.getMessage());
            return true;
        }
    }

    static String redacted(String imapUrl) {
        return imapUrl.replaceFirst("//([^:/@]+):[^@]*@", "//$1:***@");
    }
}
