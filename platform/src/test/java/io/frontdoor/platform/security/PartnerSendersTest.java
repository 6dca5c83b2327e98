package io.frontdoor.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.platform.messaging.UnprocessableRecordException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class PartnerSendersTest {

    final PartnerSenders senders = new PartnerSenders(Map.of("demoshire-police", AgencyType.POLICE,
            "demo-primary-school", AgencyType.EDUCATION));

    @Test
    void aSenderMayDeclareItsOwnAgency() {
        assertThatCode(() -> senders.requireDeclaredAgencyMatchesSender(record("demoshire-police"), AgencyType.POLICE))
                .doesNotThrowAnyException();
    }

    @Test
    void aSenderMayNotDeclareAnotherAgency() {
        assertThatThrownBy(() -> senders.requireDeclaredAgencyMatchesSender(record("demo-primary-school"), AgencyType.POLICE))
                .isInstanceOf(UnprocessableRecordException.class)
                .hasMessage("sender 'demo-primary-school' refers for EDUCATION but the message declares POLICE");
    }

    @Test
    void anUnknownOrMissingSenderIsRefused() {
        assertThatThrownBy(() -> senders.requireDeclaredAgencyMatchesSender(record("somebody"), AgencyType.POLICE))
                .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("not a registered partner system");
        assertThatThrownBy(() -> senders.requireDeclaredAgencyMatchesSender(record(null), AgencyType.POLICE))
                .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("the sender is unknown");
    }

    static ConsumerRecord<String, String> record(String sender) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("frontdoor.partner-referrals.v1", 0, 0L, "REF-1", "{}");
        if (sender != null) {
            record.headers().add(PartnerSenders.SENDER_HEADER, sender.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
