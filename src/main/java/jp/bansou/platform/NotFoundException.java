package jp.bansou.platform;

/** A case, consultation or entry that does not exist; the API answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
