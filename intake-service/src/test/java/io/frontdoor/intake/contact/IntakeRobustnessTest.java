package io.frontdoor.intake.contact;

import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.OpenApiCases;
import io.frontdoor.infra.RobustnessCheck;
import io.frontdoor.infra.TestActor;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every bad request intake's own API description allows us to write is answered with a 4xx problem naming the field
 * at fault (an impossible date of birth, a date in another format, an unknown agency, a field the contract does not
 * have…), never a 5xx, and records nothing in the event store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeRobustnessTest {

    static final List<TestActor> CALLERS = List.of(TestActor.practitioner("robust.practitioner"), TestActor.manager("robust.manager"),
            TestActor.auditor("robust.auditor"), TestActor.admin("robust.admin"), TestActor.partner("robust.police", "POLICE"));

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsAProblemNamingTheFieldAndRecordsNothing() {
        ApiClient api = new ApiClient("http://localhost:" + port);
        OpenApiCases cases = new OpenApiCases(api.get("/v3/api-docs", null).body(), Map.of("packId", "luton", "type",
                "police-domestic-abuse", "version", "1"));
        return RobustnessCheck.of("intake-service", api, cases, CALLERS,
                () -> jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).tests();
    }
}
