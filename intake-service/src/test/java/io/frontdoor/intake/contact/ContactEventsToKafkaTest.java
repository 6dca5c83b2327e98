package io.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.intake.contact.PartnerFeedbackRecorded;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Referrer;
import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.kernel.event.ContactUpdatedV1;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.platform.messaging.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What intake publishes on {@code frontdoor.contacts.v1} for each of its own events, field by field: the published
 * events are a contract other services read, so a change to the internal events must not leak into them.
 */
class ContactEventsToKafkaTest {

    static final Instant SENT = Instant.parse("2026-11-20T10:15:00Z");
    static final Instant RECORDED = Instant.parse("2026-11-20T10:15:03Z");
    static final ContactSubmission SUBMISSION = ContactSubmission.builder().packId("luton").externalReference("POL-1").receivedAt(SENT)
            .referrer(new Referrer(AgencyType.POLICE, "Testshire Police", "PC Example", null, null, null)).build();

    final ContactEventsToKafka mapper = new ContactEventsToKafka();

    @Test
    void aContactReceivedGoesToTheContactsTopicKeyedByTheContactId() {
        IntegrationEvent event = mapper.map(new ContactReceived("contact-1", SUBMISSION, SENT, "police-system")).orElseThrow();

        assertThat(event.topic()).isEqualTo(Topics.CONTACTS);
        assertThat(event.key()).isEqualTo("contact-1");
        assertThat(event.eventType()).isEqualTo(ContactReceivedV1.TYPE).isEqualTo("ContactReceived");
        assertThat(event.enveloped()).as("in the platform's event envelope").isTrue();
        assertThat(event.headers()).isEmpty();
    }

    @Test
    void aContactReceivedIsPublishedAsContactReceivedV1WithTheTimeItWasPublished() {
        Instant before = Instant.now();
        IntegrationEvent event = mapper.map(new ContactReceived("contact-1", SUBMISSION, SENT, "police-system")).orElseThrow();
        Instant after = Instant.now();

        ContactReceivedV1 published = (ContactReceivedV1) event.payload();
        assertThat(published.contactId()).isEqualTo("contact-1");
        assertThat(published.submission()).isEqualTo(SUBMISSION);
        assertThat(published.receivedAt()).as("when the referrer sent it").isEqualTo(SENT);
        assertThat(published.recordedAt()).isBetween(before, after);
    }

    @Test
    void aContactReceivedPublishesNoSender() {
        IntegrationEvent event = mapper.map(new ContactReceived("contact-1", SUBMISSION, SENT, "police-system")).orElseThrow();

        assertThat(EventEnvelopes.toTree(event.payload()).propertyNames())
                .containsExactlyInAnyOrder("contactId", "submission", "receivedAt", "recordedAt");
    }

    @Test
    void aContactUpdatedGoesToTheContactsTopicKeyedByTheContactId() {
        IntegrationEvent event = mapper.map(update()).orElseThrow();

        assertThat(event.topic()).isEqualTo(Topics.CONTACTS);
        assertThat(event.key()).isEqualTo("contact-1");
        assertThat(event.eventType()).isEqualTo(ContactUpdatedV1.TYPE).isEqualTo("ContactUpdated");
        assertThat(event.enveloped()).isTrue();
        assertThat(event.headers()).isEmpty();
    }

    @Test
    void aContactUpdatedIsPublishedAsContactUpdatedV1FieldByField() {
        ContactUpdatedV1 published = (ContactUpdatedV1) mapper.map(update()).orElseThrow().payload();

        assertThat(published.contactId()).isEqualTo("contact-1");
        assertThat(published.updateNumber()).isEqualTo(2);
        assertThat(published.submission()).isEqualTo(SUBMISSION);
        assertThat(published.changes()).containsExactly("domesticAbuse.dashRisk", "concerns.narrative");
        assertThat(published.sentBy()).isEqualTo("pc.example");
        assertThat(published.receivedAt()).isEqualTo(SENT);
        assertThat(published.recordedAt()).isEqualTo(RECORDED);
    }

    @Test
    void aContactUpdatedPublishesNoSender() {
        IntegrationEvent event = mapper.map(update()).orElseThrow();

        assertThat(EventEnvelopes.toTree(event.payload()).propertyNames())
                .containsExactlyInAnyOrder("contactId", "updateNumber", "submission", "changes", "sentBy", "receivedAt", "recordedAt");
    }

    @Test
    void partnerFeedbackIsNotPublishedOnTheContactsTopic() {
        assertThat(mapper.map(new PartnerFeedbackRecorded("contact-1", null))).isEmpty();
    }

    private static ContactUpdated update() {
        return new ContactUpdated("contact-1", 2, SUBMISSION, List.of("domesticAbuse.dashRisk", "concerns.narrative"), "pc.example",
                "police-system", SENT, RECORDED);
    }
}
