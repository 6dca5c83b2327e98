package io.frontdoor.projection.eventlog;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

class EventLogTest extends ProjectionTest {

    @Test
    void logsEachEventOnceInArrivalOrderAndCannotBeRewritten() {
        ContactStory story = contact(unique("log"), unique("pack"), "2026-11-24T09:00:00Z").child("A", "B", "2019-01-01")
                .received().after(Duration.ofSeconds(2)).opened("AMBER", Duration.ofHours(24)).allocated("worker.l");
        List<IncomingEvent> events = story.events();

        List<LoggedEvent> first = live.record(List.of(events.get(1), events.get(0)));
        List<LoggedEvent> again = live.record(events);

        assertThat(first).extracting(LoggedEvent::type).containsExactly("TriageOpened", "ContactReceived");
        assertThat(first.get(0).seq()).isLessThan(first.get(1).seq());
        assertThat(again).extracting(LoggedEvent::type).containsExactly("TriageAllocated");
        assertThat(jdbc.queryForList("SELECT event_type FROM event_log WHERE contact_id = ? ORDER BY seq", String.class, story.contactId()))
                .containsExactly("TriageOpened", "ContactReceived", "TriageAllocated");
        assertThatThrownBy(() -> jdbc.update("UPDATE event_log SET event_type = 'X' WHERE contact_id = ?", story.contactId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM event_log WHERE contact_id = ?", story.contactId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
