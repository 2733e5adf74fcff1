package jp.bansou.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;

import jp.bansou.platform.BusinessTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine clock, which is the service's clock, in Tokyo time. */
public final class TestClock {

    private TestClock() {
    }

    public static void setTokyo(LocalDateTime tokyo) {
        ClockUtil.setCurrentTime(Date.from(tokyo.atZone(BusinessTime.ZONE).toInstant()));
    }

    public static void setTokyo(LocalDate date) {
        setTokyo(date.atTime(LocalTime.of(10, 0)));
    }

    public static void advance(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
    }

    public static LocalDate todayTokyo() {
        return ClockUtil.getCurrentTime().toInstant().atZone(BusinessTime.ZONE).toLocalDate();
    }
}
