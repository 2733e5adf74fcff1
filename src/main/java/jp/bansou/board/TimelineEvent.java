package jp.bansou.board;

import java.time.Instant;
import java.util.Map;

/**
 * One step in a case's trail. {@code at} orders the trail (a dated event without a time of day, such as a term's
 * start, is placed at the start of its day in Tokyo); {@code details} holds the event's figures (due and reply
 * times, minutes, criteria, ...); {@code source} is {@code SERVICE} (the service's records) or {@code ENGINE} (the
 * process engine's history).
 */
record TimelineEvent(Instant at, String kind, String title, String summary, String actor, String source,
        Map<String, Object> details) {

    static final String SERVICE = "SERVICE";
    static final String ENGINE = "ENGINE";
}
