package io.frontdoor.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.platform.messaging.UnprocessableRecordException;
import io.frontdoor.platform.security.PartnerSenders.Agency;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class PartnerSendersTest {

    final PartnerSenders senders = new PartnerSenders(Map.of(
            "demoshire-police", new Agency(AgencyType.POLICE, "Demoshire Police"),
            "demo-primary-school", new Agency(AgencyType.EDUCATION, "Demo Primary School")));

    @Test
    void aSenderMayDeclareItsOwnAgencyItsNameComparedIgnoringCaseAndOuterSpaces() {
        assertThatCode(() -> senders.requireDeclaredAgencyMatchesSender(record("demoshire-police"), AgencyType.POLICE, "Demoshire Police"))
                .doesNotThrowAnyException();
        assertThatCode(() -> senders.requireDeclaredAgencyMatchesSender(record("demoshire-police"), AgencyType.POLICE, " DEMOSHIRE police "))
                .doesNotThrowAnyException();
    }

    @Test
    void aSenderMayNotDeclareAnotherKindOfAgency() {
        assertThatThrownBy(() -> senders.requireDeclaredAgencyMatchesSender(record("demo-primary-school"), AgencyType.POLICE, "Demoshire Police"))
                .isInstanceOf(UnprocessableRecordException.class)
                .hasMessage("sender 'demo-primary-school' refers for EDUCATION but the message declares POLICE");
    }

    @Test
    void aSenderMayNotDeclareAnotherAgencyOfItsKind() {
        assertThatThrownBy(() -> senders.requireDeclaredAgencyMatchesSender(record("demoshire-police"), AgencyType.POLICE, "Otherford Police"))
                .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("declares another agency name");
        assertThatThrownBy(() -> senders.requireDeclaredAgencyMatchesSender(record("demoshire-police"), AgencyType.POLICE, null))
                .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("declares another agency name");
    }

    @Test
    void anUnknownOrMissingSenderIsRefused() {
        assertThatThrownBy(() -> senders.requireDeclaredAgencyMatchesSender(record("somebody"), AgencyType.POLICE, "Demoshire Police"))
                .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("not a registered partner system");
        assertThatThrownBy(() -> senders.requireDeclaredAgencyMatchesSender(record(null), AgencyType.POLICE, "Demoshire Police"))
                .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("the sender is unknown");
    }

    @Test
    void aSenderRegisteredWithoutItsAgencysNameIsAConfigurationError() {
        assertThatThrownBy(() -> new PartnerSenders(Map.of("demoshire-police", new Agency(AgencyType.POLICE, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partner-senders.demoshire-police.agency and .name");
    }

    static ConsumerRecord<String, String> record(String sender) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("frontdoor.partner-referrals.v1", 0, 0L, "REF-1", "{}");
        if (sender != null) {
            record.headers().add(PartnerSenders.SENDER_HEADER, sender.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
