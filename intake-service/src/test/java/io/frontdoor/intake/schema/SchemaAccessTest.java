package io.frontdoor.intake.schema;

import static io.frontdoor.infra.AccessTable.NO_TOKEN;
import static io.frontdoor.infra.AccessTable.caller;

import io.frontdoor.infra.AccessTable;
import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.TestActor;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A deployment that keeps its API description behind sign-in keeps the partner feed's schemas there too: any Front Door role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "frontdoor.security.api-docs-public=false")
class SchemaAccessTest {

    static final AccessTable TABLE = AccessTable.columns(NO_TOKEN, caller("police referrer", TestActor.partner("police.system", "POLICE")),
                    caller("practitioner", TestActor.practitioner("pat")), caller("manager", TestActor.manager("max")),
                    caller("auditor", TestActor.auditor("alex")), caller("admin", TestActor.admin("ada")),
                    caller("no role", TestActor.noRole("nora")))
            .row("GET the schema list", 401, 200, 200, 200, 200, 200, 403)
            .row("GET a schema", 401, 200, 200, 200, 200, 200, 403)
            .row("GET an unknown schema", 401, 404, 404, 404, 404, 404, 403)
            .row("GET the OpenAPI description", 401, 200, 200, 200, 200, 200, 403);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    static Stream<AccessTable.Case> table() {
        return TABLE.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theSchemasNeedASignedInCallerWhenTheApiDescriptionDoes(AccessTable.Case expected) {
        ApiClient api = new ApiClient("http://localhost:" + port);
        TestActor as = expected.caller().actor();
        HttpResponse<String> response = switch (expected.endpoint()) {
            case "GET the schema list" -> api.get("/api/schemas", as);
            case "GET a schema" -> api.get("/api/schemas/health-safeguarding/1", as);
            case "GET an unknown schema" -> api.get("/api/schemas/health-safeguarding/9", as);
            case "GET the OpenAPI description" -> api.get("/v3/api-docs", as);
            default -> throw new IllegalArgumentException(expected.endpoint());
        };
        AccessTable.assertAnswer(expected, response);
    }
}
