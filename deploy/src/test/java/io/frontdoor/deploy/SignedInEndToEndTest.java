package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.infra.SyntheticPersonalData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sign-in across the running processes: tokens from the local authorization server are required and scoped, each look
 * at a contact's triage is in triage's access audit, and a whole contact's journey (DEBUG logging on) leaves no
 * personal data in any service's log.
 */
class SignedInEndToEndTest {

    @Test
    void everyServiceRefusesACallWithoutAToken() throws Exception {
        assertThat(RunningPlatform.call(Service.INTAKE, "POST", "/api/contacts", "{}", null).statusCode()).isEqualTo(401);
        assertThat(RunningPlatform.call(Service.TRIAGE, "GET", "/api/triages/" + UUID.randomUUID(), null, null).statusCode()).isEqualTo(401);
        assertThat(RunningPlatform.call(Service.PROJECTION, "GET", "/api/queue", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aPartnerSystemRefersOnlyForItsOwnAgencyAndCannotSeeTheQueue() throws Exception {
        String asTheSchool = RunningPlatform.contact("E2E-" + UUID.randomUUID(), "2026-11-20T09:00:00Z");
        assertThat(RunningPlatform.call(Service.INTAKE, "POST", "/api/contacts", asTheSchool, "demo-primary-school").statusCode())
                .isEqualTo(403);
        assertThat(RunningPlatform.call(Service.PROJECTION, "GET", "/api/queue", null, RunningPlatform.POLICE_SYSTEM).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aWholeJourneyLeavesTheLookInTheAuditAndNoPersonalDataInAnyLog() throws Exception {
        var response = RunningPlatform.postContact(SyntheticPersonalData.contact("POLICE", "E2E-LOG-" + UUID.randomUUID())
                .replace("Testshire POLICE", "Demoshire Police")); // the agency the police system's token names
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String contactId = RunningPlatform.JSON.readTree(response.body()).get("contactId").asString();
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));
        assertThat(RunningPlatform.call(Service.INTAKE, "GET", "/api/contacts/" + contactId, null, "demo-manager").statusCode())
                .isEqualTo(200);
        assertThat(RunningPlatform.call(Service.TRIAGE, "GET", "/api/triages/" + contactId, null, "demo-practitioner").statusCode())
                .isEqualTo(200);
        assertThat(RunningPlatform.call(Service.INTAKE, "POST", "/api/contacts",
                SyntheticPersonalData.unreadableContact("POLICE", "E2E-BAD"), RunningPlatform.POLICE_SYSTEM).statusCode()).isEqualTo(400);

        JsonNode looks = RunningPlatform.JSON.readTree(RunningPlatform.call(Service.TRIAGE, "GET",
                "/api/audit/access?personViewed=" + contactId, null, "demo-auditor").body());
        assertThat(looks).hasSize(1);
        assertThat(looks.get(0).get("userId").asString()).isEqualTo("demo-practitioner");
        assertThat(looks.get(0).get("endpoint").asString()).isEqualTo("GET /api/triages/{contactId}");

        String logs = logs();
        assertThat(logs).as("DEBUG logging was on").contains(" DEBUG ").contains(contactId);
        assertThat(SyntheticPersonalData.foundIn(logs)).as("personal data in the services' logs").isEmpty();
    }

    static String logs() throws IOException {
        List<String> all = new ArrayList<>();
        try (var files = Files.list(RunningPlatform.LOGS)) {
            for (Path log : files.toList()) {
                all.add(Files.readString(log));
            }
        }
        return String.join("\n", all);
    }
}
