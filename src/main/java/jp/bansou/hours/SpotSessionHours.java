package jp.bansou.hours;

import jp.bansou.engagement.SpotSessionHeld;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A spot session's minutes are booked as meeting time of its consultant, in the transaction that records it. */
@Component
class SpotSessionHours {

    private final HourLedger hours;

    SpotSessionHours(HourLedger hours) {
        this.hours = hours;
    }

    @EventListener
    void onSpotSessionHeld(SpotSessionHeld session) {
        hours.record(new NewTimeEntry(session.caseNumber(), session.consultant(), session.heldOn(), session.minutes(),
                TimeEntryCategory.MEETING, false, session.notes(), session.consultant()));
    }
}
