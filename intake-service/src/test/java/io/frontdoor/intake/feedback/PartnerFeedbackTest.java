package io.frontdoor.intake.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.intake.partnerfeed.KafkaClient;
import io.frontdoor.intake.partnerfeed.PartnerExamples;
import io.frontdoor.intake.partnerfeed.PartnerExamples.Example;
import io.frontdoor.intake.partnerfeed.PartnerReferralSchemas;
import io.frontdoor.kernel.contact.ContactIds;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.kernel.event.triage.ContactRoutedV1;
import io.frontdoor.kernel.event.triage.DecisionAuthorisedV1;
import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.FeedbackSentV1;
import io.frontdoor.kernel.event.triage.LevelV1;
import io.frontdoor.kernel.event.triage.PartnerCheckRespondedV1;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Feedback to the referring partner on the real broker: an acknowledgement on receipt, then what the triage events on
 * frontdoor.triage.v1 (the contract) say, in words the referrer may see, once each, keyed by the sender's reference.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerFeedbackTest {

    static final Schema FEEDBACK_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(PartnerReferralSchemas.text("schemas/partner-feedback/partner-feedback.v1.schema.json"), InputFormat.JSON);

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    static void publishTriageEvent(String eventId, String type, String contactId, Object payload) {
        EventEnvelope envelope = new EventEnvelope(eventId, type, 1, contactId, Instant.now(), EventEnvelopes.toTree(payload));
        KafkaClient.send(Topics.TRIAGE, null, contactId, EventEnvelopes.write(envelope), "eventId", eventId, "eventType", type);
    }

    static List<ConsumerRecord<String, String>> feedbackFor(String reference, int atLeast, Duration timeout) {
        return KafkaClient.read(Topics.PARTNER_FEEDBACK, r -> reference.equals(r.key()), found -> found.size() >= atLeast, timeout);
    }

    /** The example sent on the feed under a fresh reference starting with {@code label}, once its acknowledgement is out. */
    static Example acknowledged(String example, String label) {
        Example referral = PartnerExamples.of(example).withReference(label + "-" + UUID.randomUUID());
        KafkaClient.send(referral, null);
        assertThat(feedbackFor(referral.key(), 1, Duration.ofSeconds(60))).hasSize(1);
        return referral;
    }

    static String contactIdOf(Example referral) {
        return ContactIds.forPartnerFeed(referral.sender(), referral.key());
    }

    static JsonNode json(ConsumerRecord<String, String> record) {
        return EventEnvelopes.JSON.readTree(record.value());
    }

    @Test
    void anUpdateSentOnTheFeedIsKeptAndAcknowledgedAsThatUpdateAndAnIdenticalResendIsNot() throws Exception {
        Example referral = acknowledged("police-domestic-abuse", "UPDATE");

        Example knife = referral.withJson(referral.json().replace("\"dashRisk\": \"MEDIUM\"", "\"dashRisk\": \"HIGH\""));
        assertThat(knife.json()).isNotEqualTo(referral.json());
        KafkaClient.send(knife, null);
        KafkaClient.send(knife, null);

        List<ConsumerRecord<String, String>> feedback = feedbackFor(referral.key(), 2, Duration.ofSeconds(60));
        Thread.sleep(3000);
        feedback = feedbackFor(referral.key(), 3, Duration.ofSeconds(2));
        assertThat(feedback).as("the identical resend of the update is not acknowledged again").hasSize(2);
        JsonNode update = json(feedback.get(1));
        assertThat(update.get("kind").asString()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(update.get("updateNumber").asInt()).isEqualTo(1);
        assertThat(update.get("changes").toString()).contains("domesticAbuse.dashRisk");
        assertThat(update.get("whatHappensNext").asString()).startsWith("The update was added to the referral.");
        assertThat(json(feedback.get(0)).has("updateNumber")).isFalse();
        assertThat(FEEDBACK_SCHEMA.validate(update)).as(update.toString()).isEmpty();
        System.out.println("UPDATE ACKNOWLEDGEMENT ON frontdoor.partner-feedback.v1: "
                + KafkaClient.header(feedback.get(1), "kind") + " " + feedback.get(1).key() + " " + feedback.get(1).value());
    }

    @Test
    void thePartnerIsAcknowledgedThenToldTheAuthorisedDecisionTheRouteAndTheFeedbackOnceEach() throws Exception {
        Example referral = PartnerExamples.of("police-domestic-abuse").withReference("FEEDBACK-" + UUID.randomUUID());
        String contactId = ContactIds.forPartnerFeed(referral.sender(), referral.key());
        KafkaClient.send(referral, null);

        List<ConsumerRecord<String, String>> acknowledged = feedbackFor(referral.key(), 1, Duration.ofSeconds(60));
        assertThat(acknowledged).hasSize(1);
        assertThat(json(acknowledged.get(0)).get("kind").asString()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(json(acknowledged.get(0)).get("contactId").asString()).isEqualTo(contactId);

        String secret = "Otherford Health check says SECRET-" + UUID.randomUUID();
        publishTriageEvent(UUID.randomUUID().toString(), DecisionRecordedV1.TYPE, contactId, new DecisionRecordedV1(contactId, "decision-1",
                new LevelV1("TARGETED", 3, "Targeted – formal"), List.of("DOMESTIC_ABUSE_TRIAGE", "EARLY_HELP"),
                "Rationale: " + secret, "worker-7", "DOWN", true, "a lower decision than recommended", false, false));
        publishTriageEvent(UUID.randomUUID().toString(), "PartnerCheckResponded", contactId,
                new PartnerCheckRespondedV1(contactId, "check-1", "HEALTH", "worker-7"));
        publishTriageEvent(UUID.randomUUID().toString(), DecisionAuthorisedV1.TYPE, contactId,
                new DecisionAuthorisedV1(contactId, "decision-1", "manager-2"));
        publishTriageEvent(UUID.randomUUID().toString(), ContactRoutedV1.TYPE, contactId, new ContactRoutedV1(contactId,
                "DOMESTIC_ABUSE_TRIAGE", "Weekly IMAP domestic abuse triage", Map.of("participants", secret), null));
        String feedbackEventId = UUID.randomUUID().toString();
        FeedbackSentV1 feedback = new FeedbackSentV1(contactId, "OUTCOME", "PARTNER_FEED", "worker-7",
                "The notification was discussed at the domestic abuse triage meeting; the family is offered early help.");
        publishTriageEvent(feedbackEventId, FeedbackSentV1.TYPE, contactId, feedback);
        publishTriageEvent(feedbackEventId, FeedbackSentV1.TYPE, contactId, feedback);

        List<ConsumerRecord<String, String>> all = feedbackFor(referral.key(), 5, Duration.ofSeconds(45));

        assertThat(all).extracting(r -> json(r).get("kind").asString())
                .containsExactly("ACKNOWLEDGEMENT", "DECISION", "ROUTED", "FEEDBACK");
        for (ConsumerRecord<String, String> record : all) {
            assertThat(record.value()).doesNotContain("SECRET", "Otherford", "worker-7", "manager-2", "Rationale");
            assertThat(FEEDBACK_SCHEMA.validate(json(record))).as(record.value()).isEmpty();
            assertThat(KafkaClient.header(record, "sender")).isEqualTo("demoshire-police");
            assertThat(KafkaClient.header(record, "type")).isEqualTo("partner-feedback");
            assertThat(json(record).get("contact").get("team").asString()).isNotBlank();
        }
        JsonNode decision = json(all.get(1));
        assertThat(decision.get("level").get("localName").asString()).isEqualTo("Targeted – formal");
        assertThat(decision.get("routes")).extracting(r -> r.get("name").asString())
                .containsExactly("Domestic abuse triage meeting", "Early help");
        assertThat(decision.get("whatHappensNext").asString()).contains("weekly multi-agency domestic abuse triage meeting",
                "early help", "not been accepted");
        assertThat(json(all.get(2)).get("routes").get(0).get("localName").asString()).isEqualTo("Weekly IMAP domestic abuse triage");
        assertThat(json(all.get(3)).get("message").asString()).isEqualTo(feedback.message());
        assertThat(json(all.get(3)).get("feedbackKind").asString()).isEqualTo("OUTCOME");
    }

    @Test
    void aReferralNamingTwoChildrenIsToldEachChildsOutcomeInPlainWords() throws Exception {
        Example referral = acknowledged("police-domestic-abuse", "SIBLINGS");
        String contactId = contactIdOf(referral);

        LevelV1 targeted = new LevelV1("TARGETED", 3, "Targeted – formal");
        LevelV1 specialist = new LevelV1("SPECIALIST", 4, "Specialist");
        publishTriageEvent(UUID.randomUUID().toString(), DecisionRecordedV1.TYPE, contactId, new DecisionRecordedV1(contactId, "decision-1",
                specialist, List.of("EARLY_HELP", "STRATEGY_DISCUSSION"), "Rationale: SECRET", "worker-7", "NONE", false, null, true, false,
                List.of(new DecisionRecordedV1.ChildDecision(0, "Testchild", targeted, List.of("EARLY_HELP"), "Rationale: SECRET school",
                                "NONE", false, null, false),
                        new DecisionRecordedV1.ChildDecision(1, "Testbaby", specialist, List.of("STRATEGY_DISCUSSION"), "Rationale: SECRET bruise",
                                "NONE", false, null, true))));
        publishTriageEvent(UUID.randomUUID().toString(), ContactRoutedV1.TYPE, contactId, new ContactRoutedV1(contactId,
                "STRATEGY_DISCUSSION", "Strategy discussion", Map.of(), null, List.of(1), List.of("Testbaby")));

        List<ConsumerRecord<String, String>> all = feedbackFor(referral.key(), 3, Duration.ofSeconds(45));
        assertThat(all).extracting(r -> json(r).get("kind").asString()).containsExactly("ACKNOWLEDGEMENT", "DECISION", "ROUTED");
        for (ConsumerRecord<String, String> record : all) {
            assertThat(record.value()).doesNotContain("SECRET", "worker-7", "Rationale");
            assertThat(FEEDBACK_SCHEMA.validate(json(record))).as(record.value()).isEmpty();
        }
        JsonNode decision = json(all.get(1));
        System.out.println("TWO-CHILD DECISION feedback = " + decision.toPrettyString());
        JsonNode children = decision.get("children");
        assertThat(children.size()).isEqualTo(2);
        assertThat(children.get(0).get("name").asString()).isEqualTo("Testchild");
        assertThat(children.get(0).get("acceptedForSocialCare").asBoolean()).isFalse();
        assertThat(children.get(0).get("routes").get(0).get("name").asString()).isEqualTo("Early help");
        assertThat(children.get(0).get("outcome").asString())
                .isEqualTo("The referral has not been accepted for a children's social care response. "
                        + "The family will be offered early help from the local early help team, with the family's agreement.");
        assertThat(children.get(1).get("level").get("rank").asInt()).isEqualTo(4);
        assertThat(children.get(1).get("outcome").asString()).startsWith("Children's social care, police and health will hold a strategy discussion");
        assertThat(decision.get("whatHappensNext").asString()).startsWith("Testchild: The referral has not been accepted")
                .contains(" Testbaby: Children's social care, police and health will hold a strategy discussion");
        JsonNode routed = json(all.get(2));
        assertThat(routed.get("children").toString()).isEqualTo("[{\"index\":1,\"name\":\"Testbaby\"}]");
        assertThat(routed.get("whatHappensNext").asString()).startsWith("For Testbaby: ");
    }

    @Test
    void triagesEventsThatTellThePartnerNothingArePassedOverUnrecorded() throws Exception {
        Example referral = acknowledged("education-referral", "PASSED-OVER");
        String contactId = contactIdOf(referral);

        String linked = UUID.randomUUID().toString();
        String sent = UUID.randomUUID().toString();
        publishTriageEvent(linked, "ContactLinkedToChild", contactId, Map.of("contactId", contactId, "childId", "child-1"));
        publishTriageEvent(sent, FeedbackSentV1.TYPE, contactId,
                new FeedbackSentV1(contactId, "OUTCOME", "PARTNER_FEED", "worker-7", "Thank you: we are looking into it."));

        // one partition per contact: once the later event's feedback is out, the earlier event has been handled too
        assertThat(feedbackFor(referral.key(), 2, Duration.ofSeconds(30))).hasSize(2);
        assertThat(jdbc.queryForList("SELECT event_id FROM processed_event WHERE consumer = ? AND event_id IN (?, ?)", String.class,
                TriageOutcomeListener.CONSUMER, linked, sent)).containsExactly(sent);
    }

    @Test
    void aReturnedDecisionIsNeverToldAndContactsFromThePublicGetNoPartnerFeedback() throws Exception {
        Example referral = acknowledged("education-referral", "RETURNED");
        String contactId = contactIdOf(referral);

        publishTriageEvent(UUID.randomUUID().toString(), DecisionRecordedV1.TYPE, contactId, new DecisionRecordedV1(contactId, "decision-1",
                new LevelV1("UNIVERSAL", 1, "Universal"), List.of("ADVICE_AND_SIGNPOSTING"), "r", "w", "DOWN", true, "override", false, false));
        publishTriageEvent(UUID.randomUUID().toString(), "DecisionReturned", contactId,
                Map.of("contactId", contactId, "decisionId", "decision-1", "returnedBy", "m", "reason", "r"));
        publishTriageEvent(UUID.randomUUID().toString(), DecisionAuthorisedV1.TYPE, contactId,
                new DecisionAuthorisedV1(contactId, "decision-1", "manager"));
        publishTriageEvent(UUID.randomUUID().toString(), DecisionRecordedV1.TYPE, contactId, new DecisionRecordedV1(contactId, "decision-2",
                new LevelV1("ADDITIONAL", 2, "Additional"), List.of("EARLY_HELP"), "r", "w", "NONE", false, null, false, true));

        List<ConsumerRecord<String, String>> all = feedbackFor(referral.key(), 3, Duration.ofSeconds(30));

        assertThat(all).extracting(r -> json(r).get("kind").asString()).containsExactly("ACKNOWLEDGEMENT", "DECISION");
        assertThat(json(all.get(1)).get("level").get("code").asString()).isEqualTo("ADDITIONAL");
        assertThat(json(all.get(1)).get("revision").asBoolean()).isTrue();
    }
}
