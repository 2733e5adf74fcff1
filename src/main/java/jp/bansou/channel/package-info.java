/**
 * Consultations from the channels: the firm's mailboxes over IMAP, Slack and Chatwork webhooks. Adapters only
 * translate what a channel delivers into an {@link jp.bansou.channel.InboundMessage}; {@link jp.bansou.channel.Inbox}
 * decides, in one transaction with the message's dedup record, whether it starts or extends a consultation, is its
 * reply, goes to triage, or is ignored. The contacts of a case map senders and chat rooms to it
 * ({@code case-contact.bpmn}, {@code channel-triage.bpmn}). Replies leave by mail through the consultation module's
 * {@link jp.bansou.consultation.ReplySender}. Nothing depends on it.
 *
 * <p>Published to the engine: the beans the BPMN files name ({@code ${addCaseContact}} of
 * {@code ContactProcessAdapters}, {@code ${describeTriageMessage}} and {@code ${recordTriageDecision}} of
 * {@code TriageAdapters}).
 */
@ApplicationModule(displayName = "チャネル (Channel)")
@NullMarked
package jp.bansou.channel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
