package io.frontdoor.projection;

import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.OpenApiCases;
import io.frontdoor.infra.RobustnessCheck;
import io.frontdoor.infra.TestActor;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bad request the projection's own API description allows us to write (a date that does not exist, an instant
 * in another format, a flag that is not true or false, a limit that is not a number…) is answered with a 4xx problem
 * naming the parameter, never a 5xx, and nothing is added to the event log or the views.
 */
class ProjectionRobustnessTest extends ProjectionTest {

    static final List<TestActor> CALLERS = List.of(TestActor.practitioner("robust.practitioner"), TestActor.manager("robust.manager"),
            TestActor.auditor("robust.auditor"), TestActor.admin("robust.admin"), TestActor.partner("robust.police", "POLICE"));

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsAProblemNamingTheFieldAndRecordsNothing() {
        ApiClient api = new ApiClient("http://localhost:" + port);
        OpenApiCases cases = new OpenApiCases(api.get("/v3/api-docs", READER).body(), Map.of());
        return RobustnessCheck.of("projection-service", api, cases, CALLERS, () -> jdbc.queryForObject(
                "SELECT (SELECT count(*) FROM event_log) + (SELECT count(*) FROM contact_case) + (SELECT count(*) FROM escalation)",
                Long.class)).tests();
    }
}
