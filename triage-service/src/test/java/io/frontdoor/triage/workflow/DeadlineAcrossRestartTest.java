package io.frontdoor.triage.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deadline set while the service runs is kept in PostgreSQL (db-scheduler) and fires after a restart, exactly once.
 * The first run polls its scheduler only hourly, so the (already due) deadline can only fire in the second.
 */
class DeadlineAcrossRestartTest {

    @Test
    void aDecisionDeadlineSetBeforeARestartFiresAfterItExactlyOnce() throws Exception {
        Instant received = Instant.now().minus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String id;
        try (TriageService first = TriageService.start(Map.of("db-scheduler.polling-interval", "1h"))) {
            id = TriageService.publishContact(Contacts.immediateDanger("leicester-leicestershire-rutland", received), received);
            first.awaitTriage(id);
            assertThat(first.bean(org.axonframework.deadline.DeadlineManager.class))
                    .isInstanceOf(io.frontdoor.triage.deadline.TolerantCancellation.class);
            assertThat(first.bean(org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager.class)).isNotNull();
            assertThat(first.bean("deadlineDetailsTask", com.github.kagkarlsson.scheduler.task.AbstractTask.class))
                    .as("Axon's deadline task, retried within seconds when its handler fails")
                    .returns("AxonDeadline", com.github.kagkarlsson.scheduler.task.AbstractTask::getName)
                    .extracting(com.github.kagkarlsson.scheduler.task.AbstractTask::getFailureHandler)
                    .isInstanceOf(io.frontdoor.triage.deadline.RetrySoon.class);
            assertThat(first.jdbc().queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class)).isPositive();
            assertThat(first.eventsOfType(id, "DeadlinePassed")).isZero();
        }

        try (TriageService second = TriageService.start(Map.of())) {
            await("the decision deadline passed").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(500)).until(() -> decisionDeadlinesPassed(second, id) > 0);
            // long enough for a second firing to show, if there were one
            Thread.sleep(4000);
            assertThat(decisionDeadlinesPassed(second, id)).isEqualTo(1);
        }
    }

    private static long decisionDeadlinesPassed(TriageService service, String contactId) {
        return service.jdbc().queryForObject("""
                SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%DeadlinePassed'
                AND convert_from(payload, 'UTF8') LIKE '%"deadline":"DECISION"%'""", Long.class, contactId);
    }
}
