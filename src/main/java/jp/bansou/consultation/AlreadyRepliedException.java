package jp.bansou.consultation;

import jp.bansou.platform.ConflictException;

/** A reply to a consultation that was already answered; the API answers 409 Conflict. */
class AlreadyRepliedException extends ConflictException {

    AlreadyRepliedException(Consultation consultation) {
        super("Consultation " + consultation.id() + " was already answered at " + consultation.reply().repliedAt()
                + " by " + consultation.reply().repliedBy());
    }

    AlreadyRepliedException(long id, String why) {
        super("Consultation " + id + ": " + why);
    }
}
