package io.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.SyntheticPersonalData;
import io.frontdoor.infra.TestActor;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A contact's whole way through intake, with DEBUG logging on for Spring, Axon, Front Door and the Kafka clients:
 * accepted, resent, refused (invalid, unreadable, too large, wrong agency), read, published. Nothing personal is logged.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.root=DEBUG", "logging.level.kafka=INFO", "logging.level.org.apache.kafka=INFO",
        "logging.level.state.change.logger=INFO", "logging.level.org.apache.kafka.clients.producer=DEBUG",
        "logging.level.org.apache.kafka.clients.consumer=DEBUG", "frontdoor.security.max-request-bytes=4096"})
class PersonalDataInLogsTest {

    static final TestActor POLICE = TestActor.partner("police.system", "POLICE");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void noPersonalDataIsLoggedOnAContactsWayThroughIntake(CapturedOutput output) throws Exception {
        ApiClient api = new ApiClient("http://localhost:" + port);
        String reference = "LOG-" + UUID.randomUUID();
        String contact = SyntheticPersonalData.contact("POLICE", reference);

        String contactId = EventEnvelopes.JSON.readTree(api.post("/api/contacts", contact, POLICE).body()).get("contactId").asString();
        assertThat(api.post("/api/contacts", contact, POLICE).statusCode()).isEqualTo(200);
        assertThat(api.post("/api/contacts", contact.replace("2021-07-14", "2099-07-14"), POLICE).statusCode()).isEqualTo(400);
        assertThat(api.post("/api/contacts", SyntheticPersonalData.unreadableContact("POLICE", "LOG-x"), POLICE).statusCode()).isEqualTo(400);
        assertThat(api.post("/api/contacts", contact.replace("\"consent\"", "\"padding\": \"" + "x".repeat(5000) + "\", \"consent\""),
                POLICE).statusCode()).isEqualTo(413);
        assertThat(api.post("/api/contacts", contact, TestActor.partner("school.system", "EDUCATION")).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/contacts", contact, null).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/contacts/" + contactId, TestActor.practitioner("pat")).statusCode()).isEqualTo(200);
        awaitPublished(contactId);

        assertThat(output.getAll()).as("DEBUG logging was on").contains("DEBUG").contains(contactId);
        assertThat(SyntheticPersonalData.foundIn(output.getAll())).as("personal data in the logs").isEmpty();
    }

    static void awaitPublished(String contactId) {
        KafkaTopics.first(Topics.CONTACTS, record -> contactId.equals(record.key()), Duration.ofSeconds(60));
    }
}
