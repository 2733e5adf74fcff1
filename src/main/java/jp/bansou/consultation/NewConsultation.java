package jp.bansou.consultation;

/**
 * A consultation as it arrives, unchecked: through the API's request body or Tasklist's start form.
 * {@code receivedAt} is an ISO-8601 date-time with offset, e.g. {@code 2026-12-07T10:00:00+09:00}.
 * There is no plan: the SLA comes from the plan in force at receipt.
 */
public record NewConsultation(String channel, String receivedAt, String sender, String subject) {
}
