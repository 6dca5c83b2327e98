package io.frontdoor.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.kernel.time.Timescale;
import org.junit.jupiter.api.Test;

class KernelTypesJsonTest {

    @Test
    void aTimescaleOnATopicIsWrittenInThePacksShape() {
        assertThat(EventEnvelopes.JSON.writeValueAsString(Timescale.of(4, Timescale.Unit.WORKING_HOURS))).isEqualTo("{\"workingHours\":4}");
    }
}
