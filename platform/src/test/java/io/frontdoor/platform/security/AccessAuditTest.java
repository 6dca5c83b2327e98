package io.frontdoor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.TestActor;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Every successful read of a record leaves who, when, which record and which endpoint; nobody can change that trace. */
@SpringBootTest(classes = RecordsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessAuditTest {

    static final TestActor AUDITOR = TestActor.auditor("alex");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    @Test
    void eachReadAndEachRefusedAttemptIsRecordedAndTheAuditorFindsItByPersonOrByUser() {
        String record = "r-" + UUID.randomUUID();
        String child = "c-" + UUID.randomUUID();
        TestActor reader = TestActor.practitioner("reader-" + UUID.randomUUID());

        assertThat(api().get("/api/records/" + record, reader).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/records/" + record, TestActor.manager("max")).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/children?childId=" + child, reader).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/records/" + record, TestActor.admin("ada")).statusCode()).isEqualTo(403);
        assertThat(api().get("/api/records/" + record, null).statusCode()).isEqualTo(401);

        JsonNode byPerson = json(api().get("/api/audit/access?personViewed=" + record, AUDITOR));
        assertThat(users(byPerson)).containsExactly("ada", "max", reader.userId());
        assertThat(byPerson.findValuesAsString("outcome")).as("newest first: the admin's refused attempt, then two reads")
                .containsExactly("REFUSED", "ALLOWED", "ALLOWED");
        assertThat(byPerson.get(0).get("endpoint").asString()).isEqualTo("GET /api/records/{recordId}");
        assertThat(byPerson.get(0).get("roles").asString()).isEqualTo("ADMIN");
        JsonNode first = byPerson.get(1);
        assertThat(first.get("recordType").asString()).isEqualTo("CONTACT");
        assertThat(first.get("endpoint").asString()).isEqualTo("GET /api/records/{recordId}");
        assertThat(first.get("at").asString()).isNotBlank();

        JsonNode byUser = json(api().get("/api/audit/access?user=" + reader.userId(), AUDITOR));
        assertThat(byUser).hasSize(2);
        assertThat(byUser.get(0).get("recordType").asString()).isEqualTo("CHILD");
        assertThat(byUser.get(0).get("recordId").asString()).isEqualTo(child);
        assertThat(byUser.get(0).get("endpoint").asString()).isEqualTo("GET /api/children");
        assertThat(byUser.get(0).get("roles").asString()).isEqualTo("PRACTITIONER");
    }

    @Test
    void theAuditorNamesEitherAPersonOrAUser() {
        HttpResponse<String> neither = api().get("/api/audit/access", AUDITOR);
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(neither.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    }

    @Test
    void theTrailCannotBeChangedOrRemovedEvenInTheDatabase() {
        api().get("/api/records/r-kept", TestActor.practitioner("pat"));

        assertThatThrownBy(() -> jdbc.update("UPDATE access_audit SET user_id = 'someone-else'"))
                .rootCause().hasMessageContaining("append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_audit")).rootCause().hasMessageContaining("append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE access_audit")).rootCause().hasMessageContaining("append-only: TRUNCATE refused");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_audit WHERE record_id = 'r-kept'", Long.class)).isPositive();
    }

    static List<String> users(JsonNode entries) {
        List<String> users = new ArrayList<>();
        entries.forEach(entry -> users.add(entry.get("userId").asString()));
        return users;
    }

    static JsonNode json(HttpResponse<String> response) {
        return PlatformSecurityTest.json(response);
    }
}
