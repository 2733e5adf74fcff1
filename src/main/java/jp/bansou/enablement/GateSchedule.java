package jp.bansou.enablement;

import java.util.Date;

import jp.bansou.platform.BusinessTime;

import org.springframework.stereotype.Component;

/** When a held gate is checked again, for the re-check timer of {@code stage-gate.bpmn}. */
@Component(StageGateProcess.BEAN_SCHEDULE)
public class GateSchedule {

    private final EnablementService enablement;
    private final EnablementProperties properties;

    GateSchedule(EnablementService enablement, EnablementProperties properties) {
        this.enablement = enablement;
        this.properties = properties;
    }

    /** The re-check date agreed at the review, at the task opening time. */
    public Date recheckAt(long gateId) {
        StageGate gate = enablement.gate(gateId);
        if (gate.recheckOn() == null) {
            throw new IllegalStateException("Stage gate " + gateId + " was not held");
        }
        return Date.from(gate.recheckOn().atTime(properties.taskOpeningTime()).atZone(BusinessTime.ZONE).toInstant());
    }
}
