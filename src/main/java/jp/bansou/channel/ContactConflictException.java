package jp.bansou.channel;

/** A contact value already registered for a case; the API answers 409 Conflict. */
class ContactConflictException extends RuntimeException {

    ContactConflictException(Contact existing) {
        super(existing.kind() + " " + existing.value() + " is already a contact of " + existing.caseNumber());
    }
}
