package io.frontdoor.intake.partnerfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.infra.InfraProperties;
import io.frontdoor.intake.partnerfeed.PartnerExamples.Example;
import io.frontdoor.kernel.contact.ContactIds;
import io.frontdoor.kernel.event.Topics;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The partner feed on the real broker and PostgreSQL: every type accepted from its registered sender (test
 * application.properties registers the manifest's senders), bad messages and senders dead-lettered, resends one contact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerReferralFeedTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    long contactsRecorded(String sender, String reference) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%ContactReceived'",
                Long.class, ContactIds.forPartnerFeed(sender, reference));
    }

    String recordedPayload(String sender, String reference) {
        return jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?",
                String.class, ContactIds.forPartnerFeed(sender, reference));
    }

    void awaitRecorded(String sender, String reference) {
        await("a contact for " + sender + "/" + reference).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).until(() -> contactsRecorded(sender, reference) > 0);
    }

    @Test
    void eachMessageTypeBecomesAContactFromThePartnerFeed() throws Exception {
        String run = run();
        List<Example> examples = PartnerExamples.all().stream().map(e -> e.withReference(e.key() + "-" + run)).toList();
        assertThat(examples).extracting(Example::type).containsExactlyInAnyOrder("police-domestic-abuse", "police-child-concern",
                "health-safeguarding", "education-referral", "multi-agency-referral");

        examples.forEach(e -> KafkaClient.send(e, null));

        for (Example e : examples) {
            awaitRecorded(e.sender(), e.key());
            assertThat(contactsRecorded(e.sender(), e.key())).as(e.type()).isEqualTo(1);
            String recorded = recordedPayload(e.sender(), e.key());
            assertThat(recorded).as(e.type()).contains("\"channel\":\"PARTNER_KAFKA\"", "\"externalReference\":\"" + e.key() + "\"",
                    "\"sender\":\"" + e.sender() + "\"");
        }
        assertThat(recordedPayload("demoshire-police", "DEMO-DA-2026-000101-" + run))
                .contains("\"dashRisk\":\"MEDIUM\"", "\"agencyType\":\"POLICE\"", "MOTHER (victim)", "DASH score: 11");
        assertThat(recordedPayload("demo-primary-school", "DEMO-SCH-2026-000404-" + run))
                .contains("\"agencyType\":\"EDUCATION\"", "year group: Year 4", "attendance %: 78.5");
    }

    @Test
    void aResendOfTheSameSenderAndReferenceIsOneContact() throws Exception {
        Example message = PartnerExamples.of("health-safeguarding").withReference("RESEND-" + run());
        KafkaClient.send(message, 0);
        KafkaClient.send(message, 1);
        Example otherSender = message.withSender("another-surgery");
        otherSender = otherSender.withJson(otherSender.json().replace("\"Demo Street Surgery\"", "\"Another Surgery\""));
        KafkaClient.send(otherSender, 2);

        awaitRecorded(otherSender.sender(), otherSender.key());
        awaitRecorded(message.sender(), message.key());
        Thread.sleep(2_000);
        assertThat(contactsRecorded(message.sender(), message.key())).isEqualTo(1);
        assertThat(contactsRecorded(otherSender.sender(), otherSender.key())).as("another sender's reference is another contact").isEqualTo(1);
    }

    @Test
    void badMessagesAreDeadLetteredWithTheirReasonAndTheNextGoodMessageLands() throws Exception {
        String run = run();
        Example good = PartnerExamples.of("police-domestic-abuse").withReference("GOOD-" + run);
        Example base = PartnerExamples.of("police-domestic-abuse");
        record Bad(String code, Example message, String[] headers) {
        }
        List<Bad> bad = List.of(
                new Bad("NOT_JSON", base.withReference("NOTJSON-" + run).withJson("{\"forceReference\": \"NOTJSON-" + run + "\","), null),
                new Bad("SCHEMA", base.withReference("SCHEMA-" + run).withJson(base.withReference("SCHEMA-" + run).json()
                        .replaceAll("(?s)\"childrenInHousehold\": \\[.*?\\],\\s*\"adultsInvolved\"", "\"childrenInHousehold\": [], \"adultsInvolved\"")), null),
                new Bad("TOO_LARGE", base.withReference("LARGE-" + run).withJson(base.withReference("LARGE-" + run).json()
                        .replace("Synthetic example:", "x".repeat(300_000))), null),
                new Bad("UNKNOWN_TYPE", base.withReference("TYPE-" + run), new String[] {"type", "police-burglary", "version", "1", "sender", "demoshire-police"}),
                new Bad("UNKNOWN_TYPE", base.withReference("VERSION-" + run), new String[] {"type", "police-domestic-abuse", "version", "2", "sender", "demoshire-police"}),
                new Bad("MISSING_HEADER", base.withReference("NOSENDER-" + run), new String[] {"type", "police-domestic-abuse", "version", "1"}),
                new Bad("INVALID", base.withReference("INVALID-" + run).withJson(base.withReference("INVALID-" + run).json()
                        .replace("9990000018", "9990000019").replace("2019-04-12", "2030-01-01")
                        .replace("north-lincolnshire.l3.family.family-history-functioning.frequent-domestic-abuse",
                                "north-lincolnshire.l9.made-up")), null),
                new Bad("KEY_MISMATCH", new Example("x", base.type(), "1", base.sender(), "WRONGKEY-" + run,
                        base.withReference("MISMATCH-" + run).json()), null));

        List<ConsumerRecord<String, String>> dead = deadLettersAfterSending(
                bad.stream().map(b -> new Sent(b.message(), b.headers())).toList(), good, run);
        assertThat(dead).extracting(r -> KafkaClient.header(r, "frontdoor-reason-code"))
                .containsExactlyElementsOf(bad.stream().map(Bad::code).toList());
        for (ConsumerRecord<String, String> r : dead) {
            assertThat(KafkaClient.header(r, "frontdoor-original-topic")).isEqualTo(Topics.PARTNER_REFERRALS);
            assertThat(KafkaClient.header(r, "frontdoor-original-partition")).isEqualTo("0");
            assertThat(KafkaClient.header(r, "frontdoor-original-offset")).matches("\\d+");
            assertThat(KafkaClient.header(r, "kafka_dlt-original-topic")).isEqualTo(Topics.PARTNER_REFERRALS);
            assertThat(KafkaClient.header(r, "frontdoor-reason")).isNotBlank();
        }
        assertThat(KafkaClient.header(dead.get(1), "frontdoor-reason")).contains("childrenInHousehold");
        assertThat(KafkaClient.header(dead.get(2), "frontdoor-reason")).contains("limit is 262144");
        assertThat(KafkaClient.header(dead.get(6), "frontdoor-reason")).contains("children[0].nhsNumber",
                "children[0].dateOfBirth", "concerns.indicatorIds[0]")
                .doesNotContain("9990000019", "2030-01-01");
        for (Bad b : bad) {
            assertThat(contactsRecorded(b.message().sender(), b.message().key())).as(b.code()).isZero();
        }
        assertThat(contactsRecorded(good.sender(), good.key())).isEqualTo(1);
    }

    /** "A message's declared agency must match its sender": otherwise it is dead-lettered with the reason and nothing is recorded. */
    @Test
    void aMessageFromAnUnknownOrMissingSenderOrForAnotherAgencyIsDeadLetteredAndNothingIsRecorded() throws Exception {
        String run = run();
        Example police = PartnerExamples.of("police-domestic-abuse");
        Example health = PartnerExamples.of("health-safeguarding");
        assertThat(police.sender()).isEqualTo("demoshire-police");
        record Bad(String code, String reason, Example message, String[] headers) {
        }
        Example unknown = police.withReference("UNKNOWN-" + run).withSender("unregistered-police");
        Example missing = police.withReference("NOSENDER-" + run);
        Example emptySender = police.withReference("EMPTYSENDER-" + run);
        Example policeAsHealth = health.withReference("POLICEASHEALTH-" + run).withSender("demoshire-police");
        Example healthAsPolice = police.withReference("HEALTHASPOLICE-" + run).withSender("demo-street-surgery");
        Example anotherForce = police.withReference("ANOTHERFORCE-" + run);
        anotherForce = anotherForce.withJson(anotherForce.json().replace("\"Demoshire Police\"", "\"Otherford Police\""));
        List<Bad> bad = List.of(
                new Bad("SENDER_NOT_ALLOWED", "sender 'unregistered-police' is not a registered partner system", unknown, null),
                new Bad("MISSING_HEADER", "header 'sender' is required", missing,
                        new String[] {"type", missing.type(), "version", missing.version()}),
                new Bad("MISSING_HEADER", "header 'sender' is required", emptySender,
                        new String[] {"type", missing.type(), "version", missing.version(), "sender", ""}),
                new Bad("SENDER_NOT_ALLOWED", "sender 'demoshire-police' refers for POLICE but the message declares HEALTH", policeAsHealth, null),
                new Bad("SENDER_NOT_ALLOWED", "sender 'demo-street-surgery' refers for HEALTH but the message declares POLICE", healthAsPolice, null),
                new Bad("SENDER_NOT_ALLOWED", "sender 'demoshire-police' refers for the agency registered as its own, but the message "
                        + "declares another agency name", anotherForce, null));
        Example good = police.withReference("GOODSENDER-" + run);

        List<ConsumerRecord<String, String>> dead = deadLettersAfterSending(
                bad.stream().map(b -> new Sent(b.message(), b.headers())).toList(), good, run);
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyElementsOf(bad.stream().map(b -> b.message().key()).toList());
        for (int i = 0; i < bad.size(); i++) {
            assertThat(KafkaClient.header(dead.get(i), "frontdoor-reason-code")).as(bad.get(i).message().key()).isEqualTo(bad.get(i).code());
            assertThat(KafkaClient.header(dead.get(i), "frontdoor-reason")).as(bad.get(i).message().key()).contains(bad.get(i).reason());
            assertThat(KafkaClient.header(dead.get(i), "frontdoor-original-topic")).isEqualTo(Topics.PARTNER_REFERRALS);
        }
        for (Bad b : bad) {
            assertThat(contactsRecorded(b.message().sender(), b.message().key())).as(b.message().key()).isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
                    Long.class, "%" + b.message().key() + "%")).as("nothing recorded for " + b.message().key()).isZero();
        }
        assertThat(contactsRecorded(good.sender(), good.key())).isEqualTo(1);
    }

    /** Front Door's own early-help service steps a case up through the feed (triage StepUpReferral): registered in application.yml. */
    @Test
    void theEarlyHelpStepUpIsAcceptedAsALocalAuthorityReferral() throws Exception {
        Example housing = PartnerExamples.of("multi-agency-referral");
        Example stepUp = housing.withReference("STEPUP-" + run()).withSender("frontdoor-early-help");
        stepUp = stepUp.withJson(stepUp.json().replace("\"agencyType\": \"HOUSING\", \"agencyName\": \"Demo Housing\"",
                "\"agencyType\": \"LOCAL_AUTHORITY\", \"agencyName\": \"Early help locality team\""));
        assertThat(stepUp.json()).contains("\"LOCAL_AUTHORITY\"", stepUp.key());

        KafkaClient.send(stepUp, null);

        awaitRecorded(stepUp.sender(), stepUp.key());
        assertThat(recordedPayload(stepUp.sender(), stepUp.key())).contains("\"agencyType\":\"LOCAL_AUTHORITY\"");
    }

    /** A message as sent: with the example's own headers (null), or with these instead. */
    record Sent(Example message, String[] headers) {
    }

    /** Sends each message, then a good one; once the good one is recorded, the dead letters of this run in the order sent. */
    private List<ConsumerRecord<String, String>> deadLettersAfterSending(List<Sent> messages, Example good, String run) throws Exception {
        for (Sent sent : messages) {
            if (sent.headers() == null) {
                KafkaClient.send(sent.message(), 0);
            } else {
                KafkaClient.send(Topics.PARTNER_REFERRALS, 0, sent.message().key(), sent.message().json(), sent.headers());
            }
        }
        KafkaClient.send(good, 0);
        awaitRecorded(good.sender(), good.key());
        return KafkaClient.read(Topics.deadLetter(Topics.PARTNER_REFERRALS),
                r -> r.key() != null && r.key().endsWith(run), found -> found.size() >= messages.size(), Duration.ofSeconds(60))
                .stream().sorted(java.util.Comparator.comparingLong(r -> Long.parseLong(KafkaClient.header(r, "frontdoor-original-offset"))))
                .toList();
    }
}
