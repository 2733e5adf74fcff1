package jp.bansou.consultation;

import jp.bansou.platform.ConflictException;

/** A reply to a consultation that was already answered; the API answers 409 Conflict. */
class AlreadyRepliedException extends ConflictException {

    private static final String TITLE = "Already answered";

    AlreadyRepliedException(Consultation consultation) {
        super(TITLE, "Consultation " + consultation.id() + " was already answered at "
                + consultation.reply().repliedAt() + " by " + consultation.reply().repliedBy());
    }

    AlreadyRepliedException(long id, String why) {
        super(TITLE, "Consultation " + id + ": " + why);
    }
}
