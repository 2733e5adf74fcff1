package jp.bansou.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jp.bansou.BansouTest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Verified credentials are remembered for a short time, on the real identity service: a change made on this node
 * applies at once, one made on another node (a provider that hears no events, with a clock of our own) when the
 * time ends.
 */
@BansouTest
class CredentialCacheTest {

    static final Duration TTL = Duration.ofSeconds(30);

    @Autowired
    IdentityService identity;
    @Autowired
    CamundaIdentityAuthenticationProvider providerOfThisNode;

    final AtomicLong nanos = new AtomicLong();
    CamundaIdentityAuthenticationProvider provider;

    @BeforeEach
    void aUserOfItsOwn() {
        User user = identity.newUser("cacheuser");
        user.setPassword("first-password");
        identity.saveUser(user);
        identity.createMembership("cacheuser", "consultants");
        provider = new CamundaIdentityAuthenticationProvider(identity, TTL, nanos::get);
    }

    @AfterEach
    void removeTheUser() {
        identity.deleteUser("cacheuser");
    }

    Authentication login(String password) {
        return login(provider, password);
    }

    static Authentication login(CamundaIdentityAuthenticationProvider provider, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("cacheuser", password));
    }

    void changePassword(String password) {
        User user = identity.createUserQuery().userId("cacheuser").singleResult();
        user.setPassword(password);
        identity.saveUser(user);
    }

    @Test
    void aChangeOfPasswordOrMembershipOnThisNodeAppliesAtOnce() {
        assertThat(login(providerOfThisNode, "first-password").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("GROUP_consultants");

        identity.createMembership("cacheuser", "managers");
        assertThat(login(providerOfThisNode, "first-password").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .as("a membership added").containsExactlyInAnyOrder("GROUP_consultants", "GROUP_managers");

        identity.deleteMembership("cacheuser", "managers");
        identity.deleteMembership("cacheuser", "consultants");
        assertThat(login(providerOfThisNode, "first-password").getAuthorities()).as("memberships removed").isEmpty();

        changePassword("second-password");
        // the new one first: after a failed check Camunda makes the user wait a few seconds before the next
        assertThat(login(providerOfThisNode, "second-password").getName()).isEqualTo("cacheuser");
        assertThatThrownBy(() -> login(providerOfThisNode, "first-password")).as("the old password")
                .isInstanceOf(BadCredentialsException.class);

        identity.deleteUser("cacheuser");
        assertThatThrownBy(() -> login(providerOfThisNode, "second-password")).as("the user deleted")
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aChangeMadeOnAnotherNodeAppliesWhenTheTtlEnds() {
        assertThat(login("first-password").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("GROUP_consultants");
        changePassword("second-password");
        identity.deleteMembership("cacheuser", "consultants");

        nanos.addAndGet(TTL.minusSeconds(1).toNanos());
        assertThat(login("first-password").getAuthorities()).as("still remembered").hasSize(1);
        assertThat(login("second-password").getAuthorities()).as("a new password is checked at once").isEmpty();

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThatThrownBy(() -> login("first-password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aWrongPasswordIsRefusedWhileTheRightOneIsRemembered() {
        assertThat(login("first-password").getName()).isEqualTo("cacheuser");

        assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("first-password ")).isInstanceOf(BadCredentialsException.class);
    }
}
