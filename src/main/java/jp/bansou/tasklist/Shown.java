package jp.bansou.tasklist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jp.bansou.platform.BusinessTime;

/** How the task forms write dates, times, and durations: the firm's format, in Asia/Tokyo. */
final class Shown {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(BusinessTime.ZONE);

    private Shown() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** Text from a client, safe inside the forms' Markdown: {@code <a@b>} stays as written, no emphasis or link. */
    static String literal(String text) {
        return text == null ? null : text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }

    /** {@code 12時間30分}, {@code 45分}, {@code 3時間}; negative amounts keep their sign. */
    static String minutes(long minutes) {
        String sign = minutes < 0 ? "-" : "";
        long abs = Math.abs(minutes);
        long hours = abs / 60;
        long rest = abs % 60;
        if (hours == 0) {
            return sign + rest + "分";
        }
        return sign + hours + "時間" + (rest == 0 ? "" : rest + "分");
    }

    static String minutes(Duration duration) {
        return minutes(duration.toMinutes());
    }
}
