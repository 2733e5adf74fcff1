package jp.bansou.consultation;

/**
 * Sends a reply written in the reply task's form to the client, threaded with the consultation's messages
 * (jp.bansou.channel sends it by e-mail). Called in the transaction that records the reply: a reply that cannot be
 * sent is refused as invalid input and nothing is recorded.
 */
public interface ReplySender {

    void send(Consultation consultation, String text, String user);
}
