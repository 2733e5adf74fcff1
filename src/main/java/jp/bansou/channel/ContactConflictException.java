package jp.bansou.channel;

import jp.bansou.platform.ConflictException;

/** A contact value already registered for a case; the API answers 409 Conflict. */
class ContactConflictException extends ConflictException {

    ContactConflictException(Contact existing) {
        super("Contact already registered",
                existing.kind() + " " + existing.value() + " is already a contact of " + existing.caseNumber());
    }
}
