package jp.bansou.channel;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** E-mail addresses as the contacts and the firm users know them: the bare address, lower-case. */
final class MailAddresses {

    private MailAddresses() {
    }

    /** The address of {@code 佐藤 花子 <hanako@client.example>} or of a bare address; empty when there is none. */
    static Optional<String> address(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(text, false);
            return parsed.length == 0 || parsed[0].getAddress() == null ? Optional.empty()
                    : Optional.of(parsed[0].getAddress().strip().toLowerCase(Locale.ROOT));
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    static Optional<String> domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? Optional.empty() : Optional.of(address.substring(at + 1));
    }
}
