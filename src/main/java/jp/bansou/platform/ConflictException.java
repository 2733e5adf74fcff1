package jp.bansou.platform;

/**
 * A command that conflicts with what another one did first (a consultation answered already, a notice no longer
 * pending, a contact registered already): the API and the engine REST API answer 409 Conflict with its title. A
 * listener may throw it inside the engine; {@link ServiceExceptionUnwrapping} hands it to the caller as it is.
 */
public class ConflictException extends RuntimeException {

    private final String title;

    public ConflictException(String title, String message) {
        super(message);
        this.title = title;
    }

    /** What the conflict is, in a few words: the problem details' title. */
    public String title() {
        return title;
    }
}
