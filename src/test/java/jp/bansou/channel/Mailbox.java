package jp.bansou.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The firm's mailbox on a real GreenMail IMAP + SMTP server, on free ports (other builds share the machine).
 * Mail is put into the INBOX with the INTERNALDATE a real server would give it on receipt.
 */
final class Mailbox {

    static final String USER = "bansou";
    static final String PASSWORD = "secret";
    static final String ADDRESS = "bansou@bansou.example";

    final GreenMail greenMail;
    final GreenMailUser user;

    Mailbox() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        user = greenMail.setUser(ADDRESS, USER, PASSWORD);
    }

    String imapUrl() {
        return "imap://" + USER + ":" + PASSWORD + "@127.0.0.1:" + greenMail.getImap().getPort() + "/INBOX";
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    void stop() {
        greenMail.stop();
    }

    static MimeMessage mail(String from, String subject, String text, Map<String, String> headers) {
        try {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
            InternetAddress sender = new InternetAddress(from);
            if (sender.getPersonal() != null) {
                sender.setPersonal(sender.getPersonal(), "UTF-8");
            }
            mail.setFrom(sender);
            mail.setRecipients(MimeMessage.RecipientType.TO, ADDRESS);
            mail.setSubject(subject, "UTF-8");
            mail.setText(text, "UTF-8");
            mail.setSentDate(new Date());
            for (Map.Entry<String, String> header : headers.entrySet()) {
                mail.setHeader(header.getKey(), header.getValue());
            }
            mail.saveChanges();
            if (headers.containsKey("Message-ID")) {
                mail.setHeader("Message-ID", headers.get("Message-ID"));
            }
            return mail;
        } catch (jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the server stores a mail on receipt: into the INBOX, unseen, received at {@code receivedAt}. */
    void receive(MimeMessage mail, Instant receivedAt) {
        inbox().appendMessage(mail, new Flags(), Date.from(receivedAt));
    }

    MailFolder inbox() {
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user);
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether every message in the INBOX is marked seen: acknowledged after its transaction committed. */
    boolean allSeen() {
        return inbox().getMessages().stream().allMatch(m -> m.isSet(Flags.Flag.SEEN));
    }

    void markAllUnseen() {
        inbox().getMessages().forEach(m -> m.setFlag(Flags.Flag.SEEN, false));
    }

    void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
