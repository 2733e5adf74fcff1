package jp.bansou.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.PostgresDatabase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * kill -9 of the service, a real JVM of its own on a PostgreSQL started by the test, with every consultation's
 * reply falling due while it is down: after the restart each one is escalated exactly once, and nothing the
 * service had acknowledged before the kill is lost (time entries, notices, outbox messages). A second kill comes
 * in the middle of the escalation drain; the jobs the killed node held are taken over once their lock expires.
 *
 * <p>Each JVM's engine clock runs in real time from an instant the test chooses ({@link ServiceMain}): the first
 * node runs an hour before the 18:00 due time, the restarted ones after it, as if the service had been down over
 * the due time. {@code -Dfault.scale=1} (profile {@code faults}) makes it 1,000 consultations.
 */
class CrashRestartIT {

    static final int CONSULTATIONS = FaultScale.of(1000);
    static final int CASES = 4;
    static final int ENTRIES_PER_CASE = 5;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    /** Received on the Monday: a Standard plan's reply is due by the next business day's 18:00. */
    static final String RECEIVED_AT = "2026-12-07T10:00:00+09:00";
    static final Instant DUE = LocalDateTime.of(2026, 12, 8, 18, 0).atZone(BusinessTime.ZONE).toInstant();
    /** Camunda's default job lock time (lockTimeInMillis): how long a dead node's locked jobs wait. */
    static final Duration JOB_LOCK_TIME = Duration.ofMinutes(5);

    static PostgresDatabase database;
    static JdbcClient db;
    static Escalations escalations;
    static final List<ServiceProcess> nodes = new ArrayList<>();

    @BeforeAll
    static void database() {
        database = PostgresDatabase.create(CrashRestartIT.class);
        db = database.jdbc();
        escalations = new Escalations(db);
    }

    @AfterAll
    static void stop() {
        nodes.forEach(ServiceProcess::close);
        database.close();
    }

    static ServiceProcess launch(String name, Instant engineNow) {
        ServiceProcess node = ServiceProcess.launch(name, database.url(), engineNow);
        nodes.add(node);
        return node;
    }

    @Test
    void consultationsFallingDueWhileTheServiceIsKilledAreEscalatedExactlyOnceAndNothingAcknowledgedIsLost()
            throws Exception {
        ServiceProcess first = launch("crash-1", DUE.minus(Duration.ofHours(1))).awaitHealthy();
        ServiceClient api = new ServiceClient(first::uri);
        RestCases cases = new RestCases(api);
        List<String> caseNumbers = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            caseNumbers.add(cases.signedContract(TODAY.withDayOfMonth(1)));
        }
        Set<Long> entries = new TreeSet<>();
        Set<Long> notices = new TreeSet<>();
        for (String caseNumber : caseNumbers) {
            for (int i = 0; i < ENTRIES_PER_CASE; i++) {
                entries.add(api.post(RestCases.CONSULTANT, "/api/engagements/" + caseNumber + "/time-entries", Map.of(
                        "workDate", TODAY.toString(), "minutes", 30 + i, "category", "PREPARATION",
                        "note", "障害前 (Before the crash) " + i)).expect(201).path("id").asLong());
            }
            notices.add(api.post(RestCases.CONSULTANT, "/api/engagements/" + caseNumber + "/notices", Map.of(
                    "kind", "REVISION", "party", "CLIENT", "noticeDate", TODAY.toString(), "newPlan", "LIGHT",
                    "reason", "業務量の見直し (Less work ahead)")).expect(201).path("id").asLong());
        }
        List<Long> consultations = receiveConsultations(api, caseNumbers);
        assertThat(first.engineNow()).as("all received before their due time").isBefore(DUE);
        // Received the day before, their reminders are due at once: wait until every one is committed, so that the
        // kill interrupts only the wait for the due time. (A reminder the kill does interrupt is rightly skipped after
        // the restart, the reply being due by then: the escalation says it all.)
        await("the reminders sent before the kill").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> escalations.reminders() == CONSULTATIONS);

        first.kill();

        assertThat(escalations.breached()).as("nothing escalated before the kill").isZero();
        assertThat(ids("SELECT id FROM time_entry")).as("time entries at the kill: every one acknowledged")
                .isEqualTo(entries);
        assertThat(ids("SELECT id FROM notice")).as("notices at the kill").isEqualTo(notices);
        assertThat(ids("SELECT id FROM consultation")).as("consultations at the kill")
                .containsExactlyInAnyOrderElementsOf(consultations);
        List<Map<String, Object>> outboxAtKill = outbox();
        assertThat(outboxAtKill).as("outbox at the kill: the inquiries' announcements at least")
                .filteredOn(m -> "INQUIRY_RECEIVED".equals(m.get("topic"))).hasSizeGreaterThanOrEqualTo(CASES);

        // Restarted after the due time; killed again once a tenth of the escalations are committed.
        ServiceProcess second = launch("crash-2", DUE.plus(Duration.ofMinutes(1)));
        await("a tenth escalated after the restart").atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> escalations.breached() >= Math.max(1, CONSULTATIONS / 10) || !second.isAlive());
        second.kill();
        long escalatedAtSecondKill = escalations.breached();
        assertThat(escalatedAtSecondKill).as("killed in the middle of the drain (log: %s)", second.tail())
                .isBetween(1L, CONSULTATIONS - 1L);
        System.out.printf("CrashRestartIT: second kill with %d of %d escalated%n", escalatedAtSecondKill, CONSULTATIONS);

        // Later than the second node's job locks: their jobs are acquired again.
        ServiceProcess third = launch("crash-3", DUE.plus(JOB_LOCK_TIME).plus(Duration.ofMinutes(5))).awaitHealthy();
        await("every consultation escalated").atMost(Duration.ofSeconds(60 + CONSULTATIONS / 10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> escalations.allEscalated(CONSULTATIONS));

        escalations.assertEachExactlyOnce(CONSULTATIONS);

        assertThat(ids("SELECT id FROM time_entry")).as("time entries after the restarts").isEqualTo(entries);
        assertThat(count("SELECT COALESCE(SUM(minutes), 0) FROM time_entry"))
                .isEqualTo(CASES * (ENTRIES_PER_CASE * 30L + ENTRIES_PER_CASE * (ENTRIES_PER_CASE - 1) / 2));
        assertThat(ids("SELECT id FROM notice")).as("notices after the restarts").isEqualTo(notices);
        assertThat(outbox()).as("every outbox message of before the kill is still there, unchanged")
                .containsAll(outboxAtKill);
        third.close();
    }

    /** {@link #CONSULTATIONS} consultations spread over the cases, from 4 clients at once; their ids. */
    static List<Long> receiveConsultations(ServiceClient api, List<String> caseNumbers) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < CONSULTATIONS; i++) {
                String caseNumber = caseNumbers.get(i % caseNumbers.size());
                int n = i;
                ids.add(clients.submit(() -> api.post(RestCases.CONSULTANT,
                        "/api/engagements/" + caseNumber + "/consultations", Map.of("channel", "EMAIL",
                                "receivedAt", RECEIVED_AT, "sender", "client" + n + "@example.jp",
                                "subject", "相談 (Question) " + n))
                        .expect(201).path("id").asLong()));
            }
            List<Long> received = new ArrayList<>();
            for (Future<Long> id : ids) {
                received.add(id.get(5, TimeUnit.MINUTES));
            }
            return received;
        } finally {
            clients.shutdownNow();
        }
    }

    static long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    static Set<Long> ids(String sql) {
        return new TreeSet<>(db.sql(sql).query(Long.class).list());
    }

    /** What a message says and to whom; its status moves on when the relay has handled it. */
    static List<Map<String, Object>> outbox() {
        return db.sql("SELECT id, topic, recipient, email, subject, body, created_at FROM notification_outbox")
                .query().listOfRows();
    }
}
