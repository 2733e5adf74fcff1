package jp.bansou.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, the service's only user store; the user's
 * Camunda groups become authorities {@code GROUP_<id>} ({@link Groups#authority}).
 * <p>
 * Every API call carries the credentials, and checking them (a salted password hash, then the memberships) costs
 * more than most calls themselves, so a verified pair is remembered for a short time
 * ({@code bansou.security.credential-cache-ttl}, 30 s). The key is a hash of user and password: a changed password
 * never matches the old entry. A change of a user, a password or a membership on this node ({@link IdentityChanged})
 * empties the cache once it commits; one made on another node takes effect within that time at the latest. Failed
 * checks are never remembered.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;
    private final Cache<String, List<SimpleGrantedAuthority>> verified;

    @Autowired
    CamundaIdentityAuthenticationProvider(IdentityService identity,
            @Value("${bansou.security.credential-cache-ttl:PT30S}") Duration ttl) {
        this(identity, ttl, Ticker.systemTicker());
    }

    CamundaIdentityAuthenticationProvider(IdentityService identity, Duration ttl, Ticker ticker) {
        this.identity = identity;
        this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).ticker(ticker).build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || credentials == null) {
            throw new BadCredentialsException("Bad user name or password");
        }
        String key = hash(userId, credentials.toString());
        List<SimpleGrantedAuthority> authorities = verified.getIfPresent(key);
        if (authorities == null) {
            if (!identity.checkPassword(userId, credentials.toString())) {
                throw new BadCredentialsException("Bad user name or password");
            }
            authorities = identity.createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId)
                    .map(group -> new SimpleGrantedAuthority(Groups.authority(group)))
                    .toList();
            verified.put(key, authorities);
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    /** After the change commits: a check that starts later reads the identity service again. */
    @TransactionalEventListener(fallbackExecution = true)
    void forgetOn(IdentityChanged change) {
        verified.invalidateAll();
    }

    private static String hash(String userId, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(userId.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
