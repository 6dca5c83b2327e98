package io.frontdoor.triage.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import org.axonframework.deadline.DeadlineManager;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    static final Instant DUE = Instant.parse("2026-12-16T10:00:00Z");

    final DeadlineManager manager = mock(DeadlineManager.class);

    @Test
    void aStepWithADueTimeIsScheduledUnderItsName() {
        when(manager.schedule(DUE, "REVIEW", "payload")).thenReturn("id-1");
        assertThat(Deadlines.schedule(manager, "REVIEW", DUE, "payload")).isEqualTo("id-1");
    }

    @Test
    void aStepWithNoDueTimeHasNoDeadline() {
        assertThat(Deadlines.schedule(manager, "REVIEW", null, "payload")).isNull();
        verifyNoInteractions(manager);
    }

    @Test
    void cancellingNoDeadlineDoesNothing() {
        Deadlines.cancel(manager, "REVIEW", null);
        verifyNoInteractions(manager);
    }

    @Test
    void cancellingAllCancelsEachUnderItsName() {
        Deadlines.cancelAll(manager, Map.of("REVIEW", "id-1", "PLAN_DISTRIBUTED", "id-2"));
        verify(manager).cancelSchedule("REVIEW", "id-1");
        verify(manager).cancelSchedule("PLAN_DISTRIBUTED", "id-2");
    }
}
