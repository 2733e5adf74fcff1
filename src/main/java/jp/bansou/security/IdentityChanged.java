package jp.bansou.security;

/**
 * A user, a password or a group membership changed in Camunda's identity service (through Admin, the engine REST
 * API or Java), published by {@link IdentityChangeEvents} inside the transaction that makes the change. Listen with
 * {@code @TransactionalEventListener(fallbackExecution = true)} to act once it has committed, e.g. to forget what
 * a cache holds of users and groups. Only this node hears it: another node's caches keep what they hold until
 * they expire.
 */
public record IdentityChanged() {
}
