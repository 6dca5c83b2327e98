package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.infra.TestInfrastructure;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Nothing accepted is lost and nothing is doubled when the triage service is killed (SIGKILL, no graceful
 * shutdown) in the middle of a stream of 200 contacts and started again.
 */
class TriageCrashTest {

    static final int CONTACTS = 200;
    static final int KILL_AFTER = 70;

    @Test
    void everyAcceptedContactReachesTheQueueExactlyOnceAcrossATriageCrash() throws Exception {
        ServiceProcess triage = RunningPlatform.get().get(Service.TRIAGE);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> accepted = new ArrayList<>();
        Instant base = Instant.parse("2026-11-19T08:00:00Z");

        for (int i = 0; i < CONTACTS; i++) {
            if (i == KILL_AFTER) {
                triage.kill();
            }
            if (i == KILL_AFTER + 40) {
                triage.start().awaitReady(Duration.ofMinutes(3));
            }
            var response = RunningPlatform.postContact(RunningPlatform.contact("CRASH-" + run + "-" + i, base.plusSeconds(i).toString()));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            accepted.add(RunningPlatform.JSON.readTree(response.body()).get("contactId").asString());
        }

        Map<String, Integer> seen = awaitAllInTriage(accepted, Duration.ofMinutes(3));
        assertThat(seen).hasSize(CONTACTS);
        assertThat(seen.values()).as("each contact listed once").containsOnly(1);
        assertThat(triageOpenedPerContact(accepted)).as("one TriageOpened per contact in triage's event store")
                .hasSize(CONTACTS).containsOnlyKeys(accepted).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
    }

    private static Map<String, Integer> awaitAllInTriage(List<String> accepted, Duration timeout) {
        return await("all " + accepted.size() + " contacts in triage in the queue").atMost(timeout).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500)).until(() -> inTriage(accepted), inTriage -> inTriage.size() == accepted.size());
    }

    /** How many times the queue lists each of the contacts as in triage. */
    private static Map<String, Integer> inTriage(List<String> accepted) throws Exception {
        Map<String, Integer> inTriage = new HashMap<>();
        for (JsonNode entry : RunningPlatform.queue()) {
            String id = entry.get("contactId").asString();
            if (accepted.contains(id) && entry.get("status").asString().equals("IN_TRIAGE")) {
                inTriage.merge(id, 1, Integer::sum);
            }
        }
        return inTriage;
    }

    private static Map<String, Long> triageOpenedPerContact(List<String> contactIds) throws Exception {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        Map<String, Long> counts = new HashMap<>();
        try (var connection = DriverManager.getConnection(infra.jdbcUrl(), infra.username(), infra.password());
             var query = connection.prepareStatement("""
                     SELECT aggregateidentifier, count(*) FROM triage.domainevententry
                     WHERE payloadtype LIKE '%TriageOpened' AND aggregateidentifier = ANY (?) GROUP BY aggregateidentifier""")) {
            query.setArray(1, connection.createArrayOf("varchar", contactIds.toArray()));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
