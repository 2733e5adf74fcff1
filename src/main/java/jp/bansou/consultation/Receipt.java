package jp.bansou.consultation;

import java.time.Instant;

import jp.bansou.plan.Plan;

/** A consultation whose input passed every check, with the plan in force at receipt. */
record Receipt(String caseNumber, Channel channel, Instant receivedAt, String sender, String subject, Plan plan) {
}
