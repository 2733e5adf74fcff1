package jp.bansou.platform;

/**
 * A command that conflicts with what another one did first (a consultation answered already, a notice no longer
 * pending): answered 409 Conflict. A listener may throw it inside the engine; {@link ServiceExceptionUnwrapping}
 * hands it to the caller as it is.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
