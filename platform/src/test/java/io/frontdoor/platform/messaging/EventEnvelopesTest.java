package io.frontdoor.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.kernel.time.Timescale;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventEnvelopesTest {

    enum Level { UNIVERSAL, TARGETED }

    record Child(String name, LocalDate dateOfBirth, Boolean unborn) {
    }

    record Payload(String contactId, Level level, int children, Instant receivedAt, Timescale within, List<Child> all,
                   Map<String, Object> extra, String absent, double score) {
    }

    @Test
    void anEnvelopeWrittenInOnePassIsTheTextOfItsTreeWrittenOut() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("indicators", List.of("DA-1", "NEGLECT-3"));
        extra.put("nothing", null);
        Payload payload = new Payload("contact-1", Level.TARGETED, 2, Instant.parse("2026-12-07T09:15:30.123456Z"),
                Timescale.of(4, Timescale.Unit.WORKING_HOURS),
                List.of(new Child("Testy McTestface", LocalDate.of(2019, 3, 1), false), new Child(null, null, true)),
                extra, null, 0.25);
        Instant occurredAt = Instant.parse("2026-12-07T09:15:31Z");

        String twoPasses = EventEnvelopes.write(new EventEnvelope("event-1", "ContactReceived", 1, "contact-1", occurredAt,
                EventEnvelopes.toTree(payload)));
        String onePass = EventEnvelopes.write("event-1", "ContactReceived", 1, "contact-1", occurredAt, payload);

        assertThat(onePass).isEqualTo(twoPasses);
        assertThat(onePass).contains("\"within\":{\"workingHours\":4}", "\"receivedAt\":\"2026-12-07T09:15:30.123456Z\"");
    }
}
