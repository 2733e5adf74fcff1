package jp.bansou.channel;

import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Who of the firm wrote a message: a Camunda user, by the e-mail address of their account or a channel's map. */
@Component
class FirmUsers {

    private final IdentityService identity;
    private final ChannelProperties properties;

    FirmUsers(IdentityService identity, ChannelProperties properties) {
        this.identity = identity;
        this.properties = properties;
    }

    Optional<String> byEmail(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String wanted = address.strip();
        User user = identity.createUserQuery().userEmail(wanted).singleResult();
        if (user == null && !wanted.equals(wanted.toLowerCase(Locale.ROOT))) {
            user = identity.createUserQuery().userEmail(wanted.toLowerCase(Locale.ROOT)).singleResult();
        }
        return Optional.ofNullable(user).map(User::getId);
    }

    Optional<String> bySlackUser(String slackUserId) {
        return mapped(properties.slack().userMap().get(slackUserId));
    }

    Optional<String> byChatworkAccount(String accountId) {
        return mapped(properties.chatwork().userMap().get(accountId));
    }

    /** A mapped id that is no (longer a) Camunda user is not a firm user. */
    private Optional<String> mapped(String userId) {
        if (userId == null || identity.createUserQuery().userId(userId).count() == 0) {
            return Optional.empty();
        }
        return Optional.of(userId);
    }
}
