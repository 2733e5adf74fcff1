/**
 * Consultations from the channels: the firm's mailboxes over IMAP, Slack and Chatwork webhooks. Adapters only
 * translate what a channel delivers into an {@link jp.bansou.channel.InboundMessage}; {@link jp.bansou.channel.Inbox}
 * decides, in one transaction with the message's dedup record, whether it starts or extends a consultation, is its
 * reply, goes to triage, or is ignored. The contacts of a case map senders and chat rooms to it.
 */
package jp.bansou.channel;
