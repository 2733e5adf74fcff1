package jp.bansou.enablement;

import java.time.LocalTime;
import java.time.Period;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The enablement flow's figures ({@code bansou.enablement} in application.yaml). */
@Validated
@ConfigurationProperties("bansou.enablement")
record EnablementProperties(
        /* the time of day at which a scheduled meeting's task and a gate's re-check open */
        @NotNull LocalTime taskOpeningTime,
        /* how far ahead a held gate's re-check may be dated */
        @NotNull Period maxRecheckAhead,
        /* Buy-in: actions with owner and due date needed */
        @Min(1) int minActions,
        /* Buy-in: how many of the latest meetings must have ended in a decision */
        @NotNull @Valid DecidedMeetings decidedMeetings,
        /* the longest a meeting can have taken the consultant */
        @Min(1) int maxMeetingMinutes,
        /* the Self-propelled gate shows the hours used in this many months, this one included */
        @Min(1) @Max(12) int hoursTrendMonths) {

    EnablementProperties {
        if (decidedMeetings != null && decidedMeetings.required() > decidedMeetings.ofLast()) {
            throw new IllegalArgumentException(
                    "bansou.enablement.decided-meetings.required must not exceed decided-meetings.of-last");
        }
    }

    record DecidedMeetings(@Min(1) int required, @Min(1) int ofLast) {
    }
}
