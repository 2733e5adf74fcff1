package jp.bansou.tasklist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;

/** How the task forms write dates, times, durations and plans: the firm's format, in Asia/Tokyo. */
final class Shown {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(BusinessTime.ZONE);
    private static final Map<Plan, String> PLANS = Map.of(
            Plan.LIGHT, "ライト (Light)",
            Plan.STANDARD, "スタンダード (Standard)",
            Plan.ADVANCED, "アドバンス (Advanced)",
            Plan.SPOT, "スポット (Spot)");

    private Shown() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String plan(Plan plan) {
        return PLANS.get(plan);
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
