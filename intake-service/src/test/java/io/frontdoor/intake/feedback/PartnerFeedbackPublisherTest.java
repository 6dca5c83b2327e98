package io.frontdoor.intake.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.frontdoor.intake.contact.ContactReceived;
import io.frontdoor.intake.contact.ContactUpdated;
import io.frontdoor.intake.contact.PartnerFeedbackRecorded;
import io.frontdoor.intake.contact.PartnerFeedbackV1;
import io.frontdoor.intake.contact.PartnerFeedbackV1.FrontDoorContact;
import io.frontdoor.intake.contact.PartnerFeedbackV1.Kind;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Referrer;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * What intake publishes on {@code frontdoor.partner-feedback.v1} for each of its own events, field by field: the
 * partner's acknowledgement of a contact and of an update, and the feedback recorded on a contact exactly as recorded.
 */
class PartnerFeedbackPublisherTest {

    static final Instant SENT = Instant.parse("2026-11-20T10:15:00Z");
    static final ContactSubmission FROM_THE_POLICE = ContactSubmission.builder().packId("luton").externalReference("POL-1")
            .receivedAt(SENT).referrer(new Referrer(AgencyType.POLICE, "Testshire Police", "PC Example", null, null, null)).build();
    static final FrontDoorContact DUTY_TEAM = new FrontDoorContact("Front Door (MASH) duty team", "01632 960000", "frontdoor@example.org");

    @SuppressWarnings("unchecked")
    final KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
    final PartnerFeedbackPublisher publisher = new PartnerFeedbackPublisher(kafka,
            new FeedbackMessages(DUTY_TEAM.team(), DUTY_TEAM.phone(), DUTY_TEAM.email()));

    @BeforeEach
    void theBrokerAcknowledgesEverySend() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(null));
    }

    @Test
    void aPartnersContactIsAcknowledgedFieldByField() throws Exception {
        EventMessage<ContactReceived> received = message(new ContactReceived("contact-1", FROM_THE_POLICE, SENT, "police-system"));

        publisher.on(received.getPayload(), received);

        PartnerFeedbackV1 acknowledgement = published(sent().get(0));
        assertThat(acknowledgement.feedbackId()).as("the event's id: unique per message").isEqualTo(received.getIdentifier());
        assertAcknowledgesThePoliceContact(acknowledgement);
        assertThat(acknowledgement.occurredAt()).as("when the contact was recorded").isEqualTo(received.getTimestamp());
        assertThat(acknowledgement.whatHappensNext()).isEqualTo(FeedbackMessages.ACKNOWLEDGED_NEXT);
        assertThat(acknowledgement.contact()).isEqualTo(DUTY_TEAM);
        assertThat(acknowledgement.updateNumber()).isNull();
        assertThat(acknowledgement.changes()).isNull();
        assertThat(acknowledgement.level()).isNull();
        assertThat(acknowledgement.routes()).isNull();
        assertThat(acknowledgement.acceptedForSocialCare()).isNull();
        assertThat(acknowledgement.revision()).isNull();
        assertThat(acknowledgement.feedbackKind()).isNull();
        assertThat(acknowledgement.message()).isNull();
        assertThat(acknowledgement.children()).isNull();
    }

    @Test
    void anAcknowledgementIsKeyedByThePartnersReferenceWithItsTypeVersionKindIdAndSenderAsHeaders() throws Exception {
        EventMessage<ContactReceived> received = message(new ContactReceived("contact-1", FROM_THE_POLICE, SENT, "police-system"));

        publisher.on(received.getPayload(), received);

        ProducerRecord<String, String> record = sent().get(0);
        assertThat(record.topic()).isEqualTo(Topics.PARTNER_FEEDBACK);
        assertThat(record.key()).isEqualTo("POL-1");
        assertThat(header(record, "type")).isEqualTo(PartnerFeedbackV1.TYPE).isEqualTo("partner-feedback");
        assertThat(header(record, "version")).isEqualTo("1");
        assertThat(header(record, "kind")).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(header(record, "feedbackId")).isEqualTo(received.getIdentifier());
        assertThat(header(record, "sender")).isEqualTo("police-system");
    }

    @Test
    void aContactNotFromAPartnerAgencyIsNotAcknowledged() throws Exception {
        ContactSubmission fromAParent = FROM_THE_POLICE.toBuilder()
                .referrer(new Referrer(AgencyType.FAMILY_MEMBER, null, "A Parent", null, null, null)).build();
        EventMessage<ContactReceived> received = message(new ContactReceived("contact-2", fromAParent, SENT, null));

        publisher.on(received.getPayload(), received);

        assertThat(sent()).isEmpty();
    }

    @Test
    void aPartnersUpdateIsAcknowledgedAsThatUpdateFieldByField() throws Exception {
        EventMessage<ContactUpdated> updated = message(new ContactUpdated("contact-1", 2, FROM_THE_POLICE,
                List.of("domesticAbuse.dashRisk"), "police-system", "police-system", SENT, SENT.plusSeconds(3)));

        publisher.on(updated.getPayload(), updated);

        PartnerFeedbackV1 acknowledgement = published(sent().get(0));
        assertThat(acknowledgement.feedbackId()).isEqualTo(updated.getIdentifier());
        assertAcknowledgesThePoliceContact(acknowledgement);
        assertThat(acknowledgement.occurredAt()).isEqualTo(updated.getTimestamp());
        assertThat(acknowledgement.updateNumber()).isEqualTo(2);
        assertThat(acknowledgement.changes()).containsExactly("domesticAbuse.dashRisk");
        assertThat(acknowledgement.whatHappensNext()).isEqualTo(FeedbackMessages.UPDATE_NEXT);
        assertThat(acknowledgement.contact()).isEqualTo(DUTY_TEAM);
        assertThat(acknowledgement.level()).isNull();
        assertThat(acknowledgement.routes()).isNull();
        assertThat(acknowledgement.children()).isNull();
    }

    @Test
    void feedbackRecordedOnAContactIsPublishedExactlyAsRecorded() throws Exception {
        PartnerFeedbackV1 feedback = new PartnerFeedbackV1("feedback-1", Kind.CLOSED, "police-system", "POL-1", "contact-1", "POLICE",
                "Testshire Police", SENT, null, null, null, null, null, null, null, null, FeedbackMessages.CLOSED_NEXT, DUTY_TEAM, null);

        publisher.on(new PartnerFeedbackRecorded("contact-1", feedback));

        ProducerRecord<String, String> record = sent().get(0);
        assertThat(published(record)).isEqualTo(feedback);
        assertThat(record.key()).isEqualTo("POL-1");
        assertThat(header(record, "kind")).isEqualTo("CLOSED");
        assertThat(header(record, "feedbackId")).isEqualTo("feedback-1");
    }

    @Test
    void feedbackWithoutASenderHasNoSenderHeader() throws Exception {
        PartnerFeedbackV1 feedback = new PartnerFeedbackV1("feedback-2", Kind.CLOSED, null, "POL-1", "contact-1", "POLICE",
                "Testshire Police", SENT, null, null, null, null, null, null, null, null, FeedbackMessages.CLOSED_NEXT, DUTY_TEAM, null);

        publisher.on(new PartnerFeedbackRecorded("contact-1", feedback));

        assertThat(sent().get(0).headers().lastHeader("sender")).isNull();
    }

    private static <T> EventMessage<T> message(T payload) {
        return GenericEventMessage.asEventMessage(payload);
    }

    @SuppressWarnings("unchecked")
    private List<ProducerRecord<String, String>> sent() {
        ArgumentCaptor<ProducerRecord<String, String>> records = ArgumentCaptor.forClass(ProducerRecord.class);
        verify(kafka, org.mockito.Mockito.atLeast(0)).send(records.capture());
        return new ArrayList<>(records.getAllValues());
    }

    private static void assertAcknowledgesThePoliceContact(PartnerFeedbackV1 acknowledgement) {
        assertThat(acknowledgement.kind()).isEqualTo(Kind.ACKNOWLEDGEMENT);
        assertThat(acknowledgement.sender()).isEqualTo("police-system");
        assertThat(acknowledgement.externalReference()).isEqualTo("POL-1");
        assertThat(acknowledgement.contactId()).isEqualTo("contact-1");
        assertThat(acknowledgement.referrerAgency()).isEqualTo("POLICE");
        assertThat(acknowledgement.referrerAgencyName()).isEqualTo("Testshire Police");
    }

    private static PartnerFeedbackV1 published(ProducerRecord<String, String> record) {
        return EventEnvelopes.JSON.readValue(record.value(), PartnerFeedbackV1.class);
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
