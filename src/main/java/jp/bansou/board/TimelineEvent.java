package jp.bansou.board;

import java.time.Instant;
import java.util.Map;

/**
 * One step in a case's trail. {@code at} orders the trail (a dated event without a time of day, such as a term's
 * start, is placed at the start of its day in Tokyo); {@code details} holds the event's figures (due and reply
 * times, minutes, criteria, ...); {@code source} is {@code SERVICE} (the service's records) or {@code ENGINE} (the
 * process engine's history). {@code actor} is a user id, {@code actorName} that user as people read it.
 */
record TimelineEvent(Instant at, String kind, String title, String summary, String actor, String actorName,
        String source, Map<String, Object> details) {

    static final String SERVICE = "SERVICE";
    static final String ENGINE = "ENGINE";

    TimelineEvent(Instant at, String kind, String title, String summary, String actor, String source,
            Map<String, Object> details) {
        this(at, kind, title, summary, actor, null, source, details);
    }

    /** This event with its actor as people read it, from names by user id. */
    TimelineEvent withActorName(Map<String, String> names) {
        return new TimelineEvent(at, kind, title, summary, actor, names.get(actor), source, details);
    }
}
