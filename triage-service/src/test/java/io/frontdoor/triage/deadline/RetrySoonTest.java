package io.frontdoor.triage.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.frontdoor.infra.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

class RetrySoonTest {

    final RetrySoon<Void> retry = new RetrySoon<>(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void theFirstRetryComesAfterASecondAndEachLaterOneWaitsTwiceAsLong() {
        assertThat(List.of(1, 2, 3, 4).stream().map(retry::delayAfter))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void retriesAreNeverMoreThanTheCapApartAndNeverStop() {
        assertThat(retry.delayAfter(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(retry.delayAfter(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(retry.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
    }

    /** Through a real db-scheduler on PostgreSQL: a task that fails once runs again within seconds, not minutes. */
    @Test
    void aTaskThatFailsOnceRunsAgainSoonOnARealScheduler() {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(infra.jdbcUrl());
        dataSource.setUser(infra.username());
        dataSource.setPassword(infra.password());
        String table = "retry_soon_test_tasks";
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("DROP TABLE IF EXISTS " + table);
        jdbc.execute("CREATE TABLE " + table + " (task_name TEXT NOT NULL, task_instance TEXT NOT NULL, task_data BYTEA,"
                + " execution_time TIMESTAMP WITH TIME ZONE NOT NULL, picked BOOLEAN NOT NULL, picked_by TEXT,"
                + " last_success TIMESTAMP WITH TIME ZONE, last_failure TIMESTAMP WITH TIME ZONE, consecutive_failures INT,"
                + " last_heartbeat TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL, priority SMALLINT,"
                + " PRIMARY KEY (task_name, task_instance))");

        List<Instant> runs = new CopyOnWriteArrayList<>();
        OneTimeTask<Void> failsOnce = Tasks.oneTime("fails-once").onFailure(retry).execute((instance, context) -> {
            runs.add(Instant.now());
            if (runs.size() == 1) {
                throw new IllegalStateException("the sequence number was taken by the other instance");
            }
        });
        Scheduler scheduler = Scheduler.create(dataSource, failsOnce).tableName(table)
                .pollingInterval(Duration.ofMillis(100)).threads(1).build();
        try {
            scheduler.start();
            scheduler.schedule(failsOnce.instance("1"), Instant.now());
            await("the second run").atMost(Duration.ofSeconds(20)).until(() -> runs.size() == 2);
            assertThat(Duration.between(runs.get(0), runs.get(1))).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
            await("the execution removed after it succeeded").atMost(Duration.ofSeconds(5))
                    .until(() -> jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class) == 0);
        } finally {
            scheduler.stop();
            jdbc.execute("DROP TABLE IF EXISTS " + table);
        }
    }
}
