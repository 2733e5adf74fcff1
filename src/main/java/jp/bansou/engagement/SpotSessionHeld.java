package jp.bansou.engagement;

import java.time.LocalDate;

/**
 * A spot session was held and recorded: its minutes count against the hours agreed for the spot (the hours module
 * books them). Published synchronously from {@link EngagementService} inside the transaction that records the
 * session (the engine's command completing the task), and heard by a plain {@code @EventListener} in the same
 * transaction: a listener that refuses the minutes rolls the session back with them, and the task stays open.
 */
public record SpotSessionHeld(String caseNumber, String consultant, LocalDate heldOn, int minutes, String notes) {
}
