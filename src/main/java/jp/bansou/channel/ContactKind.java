package jp.bansou.channel;

/** What maps a message to a case: the sender's address or domain, the chat room the message was written in. */
public enum ContactKind {
    EMAIL, DOMAIN, SLACK_CHANNEL, CHATWORK_ROOM
}
