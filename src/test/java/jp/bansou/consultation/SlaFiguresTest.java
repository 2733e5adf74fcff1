package jp.bansou.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jp.bansou.consultation.Consultation.Reply;
import jp.bansou.plan.Plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaFiguresTest {

    static final Instant DUE = Instant.parse("2026-12-08T09:00:00Z");
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    static Consultation consultation(Instant repliedAt, Integer delayMinutes) {
        return new Consultation(1, "C-2026-0001", Channel.EMAIL, "s", "t", DUE.minus(Duration.ofDays(1)), Plan.STANDARD,
                "consultant", DUE, DUE.minus(Duration.ofHours(4)), "pi", "consultant", DUE.minus(Duration.ofDays(1)),
                null, null, repliedAt == null ? null : new Reply(repliedAt, "consultant", 10, "r", delayMinutes));
    }

    static Consultation late(int delayMinutes) {
        return consultation(DUE.plus(Duration.ofDays(1)), delayMinutes);
    }

    @Test
    void countsInTimeBreachedAndOpenAsOfAMoment() {
        List<Consultation> received = List.of(consultation(DUE, null), late(30), consultation(null, null));

        SlaFigures beforeDue = SlaFigures.of("C-2026-0001", DECEMBER, received, DUE.minusSeconds(1));
        SlaFigures atDue = SlaFigures.of("C-2026-0001", DECEMBER, received, DUE);

        assertThat(beforeDue.consultations()).isEqualTo(3);
        assertThat(beforeDue.repliedInTime()).as("a reply at the due time is in time").isEqualTo(1);
        assertThat(beforeDue.breached()).isEqualTo(1);
        assertThat(beforeDue.open()).isEqualTo(1);
        assertThat(atDue.breached()).as("unanswered at the due time").isEqualTo(2);
    }

    @ParameterizedTest(name = "delays {0} → median {1}, worst {2}")
    @CsvSource(delimiter = ';', value = {"90; 90; 90", "30,90; 60; 90", "0,1; 1; 1", "200,5,60; 60; 200", "1,2,3,10; 3; 10"})
    void theMedianAndTheWorstAreOverTheLateReplies(String delays, int median, int worst) {
        List<Consultation> received = new ArrayList<>(List.of(consultation(DUE.minusSeconds(60), null)));
        for (String delay : delays.split(",")) {
            received.add(late(Integer.parseInt(delay.strip())));
        }

        SlaFigures figures = SlaFigures.of("C-2026-0001", DECEMBER, received, DUE.plus(Duration.ofDays(7)));

        assertThat(figures.medianDelayMinutes()).isEqualTo(median);
        assertThat(figures.worstDelayMinutes()).isEqualTo(worst);
    }

    @Test
    void noLateReplyNoDelayFigures() {
        SlaFigures figures = SlaFigures.of("C-2026-0001", DECEMBER, List.of(consultation(DUE, null)), DUE);

        assertThat(figures.medianDelayMinutes()).isNull();
        assertThat(figures.worstDelayMinutes()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1} min")
    @CsvSource({"PT0S, 0", "PT0.001S, 1", "PT30S, 1", "PT1M, 1", "PT1M1S, 2", "PT1H30M, 90"})
    void aStartedBusinessMinuteCounts(Duration duration, int minutes) {
        assertThat(ConsultationService.businessMinutes(duration)).isEqualTo(minutes);
    }
}
