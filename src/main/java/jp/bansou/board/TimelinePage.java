package jp.bansou.board;

import java.util.List;

/** A page of a case's timeline, oldest first; {@code page} counts from 0. */
record TimelinePage(String caseNumber, String organisation, int page, int size, int totalEvents,
        int totalPages, List<TimelineEvent> events) {
}
