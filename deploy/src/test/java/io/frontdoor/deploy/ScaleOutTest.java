package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.deploy.load.QueueWatch;
import io.frontdoor.infra.EmbeddedKafkaServer;
import io.frontdoor.infra.EmbeddedPostgresServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of each service on one PostgreSQL and one Kafka, under load; one instance of each is killed (SIGKILL)
 * a third of the way through. The survivors take over the dead ones' segments and partitions within TAKEOVER_LIMIT
 * (the times are printed), every accepted contact reaches the queue once, each contact's triage opens once and its
 * decision deadline passes once, the live queue on the surviving projection instance shows every contact, and of two
 * rebuilds asked of two instances at once, never two run together. It starts a PostgreSQL and a broker of its own (and stops the
 * shared end-to-end platform first, if another test started it), so nothing else shares its topics, groups or CPU.
 */
class ScaleOutTest {

    static final int CONTACTS = 120;
    static final int PER_SECOND = 8;
    static final int KILL_AT = 40;
    static final int PARTITIONS = 6;
    static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(45);
    static final Path LOGS = Path.of("target", "scale-out-logs");
    static EmbeddedPostgresServer postgres;
    static EmbeddedKafkaServer kafka;
    static Platform platform;
    static Tokens tokens;

    @BeforeAll
    static void twoOfEach() {
        RunningPlatform.stop();
        postgres = EmbeddedPostgresServer.start(null, 0);
        kafka = EmbeddedKafkaServer.start(Path.of("target", "scale-out-kafka-" + UUID.randomUUID()));
        platform = new Platform(Path.of(".."), postgres.jdbcUrl(), "postgres", "postgres", kafka.bootstrapServers(),
                Map.of(), LOGS, Map.of(
                        // a dead scheduler instance's picked deadlines are found within 12 s (production: 30 s beats)
                        "DB_SCHEDULER_HEARTBEAT_INTERVAL", "2s", "DB_SCHEDULER_POLLING_INTERVAL", "1s",
                        "FRONTDOOR_SEGMENTS_BALANCE_INTERVAL", "2s",
                        // each instance's listeners run three consumers: six partitions give both instances a share
                        "FRONTDOOR_KAFKA_PARTITIONS", Integer.toString(PARTITIONS)), 2);
        platform.start(Duration.ofMinutes(8));
        tokens = new Tokens(platform.issuer());
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void survivorsTakeOverWithinTheLimitAndNothingIsLostOrDoubled() throws Exception {
        long start = System.nanoTime();
        ServiceProcess intake1 = platform.instances(Service.INTAKE).get(0);
        ServiceProcess intake2 = platform.instances(Service.INTAKE).get(1);
        ServiceProcess triage1 = platform.instances(Service.TRIAGE).get(0);
        ServiceProcess triage2 = platform.instances(Service.TRIAGE).get(1);
        ServiceProcess projection1 = platform.instances(Service.PROJECTION).get(0);
        ServiceProcess projection2 = platform.instances(Service.PROJECTION).get(1);

        // shared out: both instances own publisher segments, and both are in each consumer group with partitions
        awaitOwners("intake", 2);
        awaitOwners("triage", 2);
        awaitGroupMembers("triage-service", Set.of("triage-service-1", "triage-service-2"));
        awaitGroupMembers("projection-event-log", Set.of("projection-service-1", "projection-service-2"));
        System.out.println("shared out: intake segments " + owners("intake") + ", triage segments " + owners("triage"));

        String run = UUID.randomUUID().toString().substring(0, 8);
        ContactLoad load = new ContactLoad(List.of(intake1.url(), intake2.url()), tokens, RunningPlatform.POLICE_SYSTEM);
        Map<String, CompletableFuture<Duration>> takeovers = new HashMap<>();
        List<Integer> rebuildAnswers = new ArrayList<>();
        try (QueueWatch live = QueueEvents.subscribe(projection2.url(), tokens.forSystem(RunningPlatform.PRACTITIONER))) {
            load.run(run, CONTACTS, PER_SECOND, Instant.parse("2026-11-16T09:00:00Z"), i -> {
                if (i == KILL_AT / 2) {
                    rebuildAnswers.addAll(rebuildOnBothAtOnce(projection1, projection2));
                }
                if (i == KILL_AT) {
                    long killedAt = System.nanoTime();
                    intake1.kill();
                    triage1.kill();
                    projection1.kill();
                    takeovers.put("intake: outbox segments", CompletableFuture.supplyAsync(() ->
                            awaitOwnedOnlyBy("intake", intake2.pid(), killedAt)));
                    takeovers.put("triage: outbox segments", CompletableFuture.supplyAsync(() ->
                            awaitOwnedOnlyBy("triage", triage2.pid(), killedAt)));
                    takeovers.put("triage: contacts partitions", CompletableFuture.supplyAsync(() ->
                            awaitGroupOwnedOnlyBy("triage-service", "triage-service-2", killedAt)));
                    takeovers.put("projection: contacts and triage partitions", CompletableFuture.supplyAsync(() ->
                            awaitGroupOwnedOnlyBy("projection-event-log", "projection-service-2", killedAt)));
                }
            });
            for (var takeover : takeovers.entrySet()) {
                Duration took = takeover.getValue().join();
                System.out.printf("takeover after kill -9: %-45s %5.1f s%n", takeover.getKey(), took.toMillis() / 1000.0);
                assertThat(took).as(takeover.getKey()).isLessThan(TAKEOVER_LIMIT);
            }

            List<String> contactIds = List.copyOf(load.accepted.values());
            assertThat(contactIds).as("every contact accepted by an instance").hasSize(CONTACTS);
            Map<String, Integer> queued = awaitAllInTriage(projection2, contactIds, Duration.ofMinutes(3));
            assertThat(queued.values()).as("each contact listed once").containsOnly(1);
            assertThat(countPerContact("intake.domainevententry", "ContactReceived", contactIds)).as("ContactReceived per contact")
                    .hasSize(CONTACTS).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
            assertThat(countPerContact("triage.domainevententry", "TriageOpened", contactIds)).as("TriageOpened per contact")
                    .hasSize(CONTACTS).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
            Map<String, Long> deadlines = awaitDecisionDeadlines(contactIds, Duration.ofMinutes(2));
            System.out.println("scale-out: deadline handlers that failed and were tried again (RetrySoon): " + deadlineRetries());
            assertThat(deadlines).as(() -> "the decision deadline passed once per contact; what the scheduler holds for the others: "
                            + scheduledFor(contactIds.stream().filter(id -> !deadlines.containsKey(id)).toList()))
                    .hasSize(CONTACTS).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
            assertThat(eventLogDuplicates(contactIds)).as("events the projection logged twice").isZero();
            await("the live queue on the surviving projection instance").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(live.firstSeen.keySet()).containsAll(contactIds));
        }
        // a small log rebuilds in a moment, so the second may start after the first finished: never while it runs
        assertThat(rebuildAnswers).as("two rebuilds asked of two instances at once").contains(202).isSubsetOf(202, 409);
        assertThat(query("SELECT count(*) FROM projection.rebuild_run a JOIN projection.rebuild_run b ON a.id < b.id"
                + " WHERE a.started_at < coalesce(b.finished_at, now()) AND b.started_at < coalesce(a.finished_at, now())",
                rs -> rs.getLong(1))).as("rebuilds that ran at the same time").containsExactly(0L);
        System.out.printf("scale-out: %d contacts, %d failovers to the other intake, %d s in all%n", CONTACTS,
                load.failovers.get(), Duration.ofNanos(System.nanoTime() - start).toSeconds());
    }

    private static List<Integer> rebuildOnBothAtOnce(ServiceProcess first, ServiceProcess second) {
        String token = tokens.forSystem(RunningPlatform.ADMIN);
        List<CompletableFuture<Integer>> answers = Stream.of(first, second).map(instance -> CompletableFuture.supplyAsync(() -> {
            try {
                return RunningPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(instance.url() + "/api/admin/rebuilds?views=all"))
                        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        return answers.stream().map(CompletableFuture::join).toList();
    }

    /** The owners (pid@host) of the service's kafka-publisher segments. */
    private static List<String> owners(String schema) {
        return query("SELECT coalesce(owner, '-') FROM " + schema + ".tokenentry WHERE processorname = 'kafka-publisher' ORDER BY segment",
                rs -> rs.getString(1));
    }

    private static void awaitOwners(String schema, int distinct) {
        await(schema + " publisher segments shared by " + distinct + " instances").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500)).until(() -> owners(schema),
                        owners -> owners.stream().filter(o -> !o.equals("-")).map(o -> o.split("@")[0]).distinct().count() == distinct);
    }

    private static Duration awaitOwnedOnlyBy(String schema, long pid, long killedAt) {
        await(schema + " segments all with " + pid).atMost(TAKEOVER_LIMIT.multipliedBy(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> owners(schema), owners -> !owners.isEmpty() && owners.stream().allMatch(owner -> owner.startsWith(pid + "@")));
        return Duration.ofNanos(System.nanoTime() - killedAt);
    }

    private static void awaitGroupMembers(String group, Set<String> instances) {
        await(group + ": partitions held by " + instances).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> instancesWithPartitions(group), instances::equals);
    }

    private static Set<String> instancesWithPartitions(String group) {
        Set<String> withPartitions = new HashSet<>();
        for (MemberDescription member : describe(group).members()) {
            if (!member.assignment().topicPartitions().isEmpty()) {
                withPartitions.add(instanceOf(member.clientId()));
            }
        }
        return withPartitions;
    }

    private static Duration awaitGroupOwnedOnlyBy(String group, String instance, long killedAt) {
        await(group + " partitions all with " + instance).atMost(TAKEOVER_LIMIT.multipliedBy(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> describe(group), description -> ownedOnlyBy(description, instance) && held(description).size() == partitionsOf(group));
        return Duration.ofNanos(System.nanoTime() - killedAt);
    }

    private static boolean ownedOnlyBy(ConsumerGroupDescription description, String instance) {
        return description.members().stream().allMatch(member -> instanceOf(member.clientId()).equals(instance));
    }

    private static Set<TopicPartition> held(ConsumerGroupDescription description) {
        Set<TopicPartition> held = new HashSet<>();
        description.members().forEach(member -> held.addAll(member.assignment().topicPartitions()));
        return held;
    }

    /** The topics have {@link #PARTITIONS} each: triage reads contacts, projection contacts and triage. */
    private static int partitionsOf(String group) {
        return group.equals("projection-event-log") ? 2 * PARTITIONS : PARTITIONS;
    }

    /** A member's client id is the instance's ({@code triage-service-2}) and a suffix per consumer thread. */
    private static String instanceOf(String clientId) {
        return clientId.replaceAll("^(.*-service-\\d+).*$", "$1");
    }

    private static ConsumerGroupDescription describe(String group) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> awaitAllInTriage(ServiceProcess projection, List<String> contactIds, Duration timeout) {
        Set<String> wanted = new HashSet<>(contactIds);
        return await("every contact in the queue as IN_TRIAGE").atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> inTriage(projection, wanted), inTriage -> inTriage.size() == wanted.size());
    }

    /** How often each wanted contact is listed in the queue as IN_TRIAGE. */
    private static Map<String, Integer> inTriage(ServiceProcess projection, Set<String> wanted) throws Exception {
        Map<String, Integer> inTriage = new HashMap<>();
        HttpResponse<String> response = RunningPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(projection.url() + "/api/queue"))
                .header("Authorization", "Bearer " + tokens.forSystem(RunningPlatform.PRACTITIONER)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode entry : RunningPlatform.JSON.readTree(response.body())) {
            String id = entry.get("contactId").asString();
            if (wanted.contains(id) && entry.get("status").asString().equals("IN_TRIAGE")) {
                inTriage.merge(id, 1, Integer::sum);
            }
        }
        return inTriage;
    }

    /** The decision deadlines passed per contact, once every contact has one or the time is up (the caller asserts). */
    private static Map<String, Long> awaitDecisionDeadlines(List<String> contactIds, Duration timeout) throws InterruptedException {
        try {
            await("a decision deadline passed for every contact").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(() -> decisionDeadlinesPassed(contactIds).size() == contactIds.size());
            Thread.sleep(3000); // a second firing, if there were one, would show now
        } catch (ConditionTimeoutException notAll) {
            // the caller's assertion names the contacts without one, and what the scheduler holds for them
        }
        return decisionDeadlinesPassed(contactIds);
    }

    private static Map<String, Long> countPerContact(String table, String payloadType, List<String> contactIds) {
        Map<String, Long> counts = new HashMap<>();
        query("SELECT aggregateidentifier, count(*) FROM " + table + " WHERE payloadtype LIKE '%" + payloadType
                + "' AND aggregateidentifier = ANY (?) GROUP BY aggregateidentifier", rs -> counts.put(rs.getString(1), rs.getLong(2)),
                contactIds);
        return counts;
    }

    private static Map<String, Long> decisionDeadlinesPassed(List<String> contactIds) {
        Map<String, Long> counts = new HashMap<>();
        query("SELECT aggregateidentifier, count(*) FROM triage.domainevententry WHERE payloadtype LIKE '%DeadlinePassed' "
                + "AND convert_from(payload, 'UTF8') LIKE '%\"deadline\":\"DECISION\"%' AND aggregateidentifier = ANY (?) "
                + "GROUP BY aggregateidentifier", rs -> counts.put(rs.getString(1), rs.getLong(2)), contactIds);
        return counts;
    }

    /** Lines in the triage instances' logs where a deadline handler failed and was scheduled again. */
    private static long deadlineRetries() throws java.io.IOException {
        try (Stream<Path> logs = java.nio.file.Files.list(LOGS)) {
            long retries = 0;
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("triage-service")).toList()) {
                try (Stream<String> lines = java.nio.file.Files.lines(log)) {
                    retries += lines.filter(line -> line.contains("RetrySoon") && line.contains("trying again at")).count();
                }
            }
            return retries;
        }
    }

    /** The deadlines db-scheduler still holds for these contacts (the contact id is in each one's data), and their state. */
    private static List<String> scheduledFor(List<String> contactIds) {
        return query("SELECT c.id, t.execution_time, t.picked, t.picked_by, t.consecutive_failures, t.last_failure, t.last_heartbeat"
                + " FROM unnest(?::varchar[]) AS c(id) LEFT JOIN triage.scheduled_tasks t"
                + " ON position(convert_to(c.id, 'UTF8') in t.task_data) > 0 ORDER BY 1, 2",
                rs -> rs.getString(1) + ": due " + rs.getTimestamp(2) + ", picked " + rs.getBoolean(3) + " by " + rs.getString(4)
                        + ", failures " + rs.getInt(5) + ", last failure " + rs.getTimestamp(6) + ", heartbeat " + rs.getTimestamp(7),
                contactIds);
    }

    private static long eventLogDuplicates(List<String> contactIds) {
        return query("SELECT count(*) FROM (SELECT contact_id, event_type FROM projection.event_log WHERE contact_id = ANY (?) "
                + "AND event_type IN ('ContactReceived', 'TriageOpened') GROUP BY 1, 2 HAVING count(*) > 1) twice",
                rs -> rs.getLong(1), contactIds).get(0);
    }

    interface Row<T> {
        T read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private static <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "postgres");
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                statement.setObject(i + 1, parameter instanceof List<?> list
                        ? connection.createArrayOf("varchar", list.toArray()) : parameter);
            }
            List<T> rows = new ArrayList<>();
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
