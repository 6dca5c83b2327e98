package io.frontdoor.infra;

import io.frontdoor.infra.OpenApiCases.Case;
import io.frontdoor.infra.OpenApiCases.Operation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;

/**
 * Sends every {@link OpenApiCases} case to a running service, signed in with the first of {@code callers} its access
 * rules let through (a refused call is tried as the next; a refusal records nothing), and checks the answer: the
 * expected 4xx, an RFC 9457 problem whose {@code errors} name the field at fault, never a 5xx, and nothing recorded
 * ({@code recorded} unchanged).
 *
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicTest&gt; everyBadRequestIsAProblemNamingItsField() {
 *     return RobustnessCheck.of("triage-service", api, cases, callers, () -> countOfEvents()).tests();
 * }
 * </pre>
 */
public final class RobustnessCheck {

    private final String service;
    private final ApiClient api;
    private final OpenApiCases cases;
    private final List<TestActor> callers;
    private final LongSupplier recorded;
    private final Map<Operation, TestActor> allowed = new HashMap<>();

    private RobustnessCheck(String service, ApiClient api, OpenApiCases cases, List<TestActor> callers, LongSupplier recorded) {
        this.service = service;
        this.api = api;
        this.cases = cases;
        this.callers = List.copyOf(callers);
        this.recorded = recorded;
    }

    public static RobustnessCheck of(String service, ApiClient api, OpenApiCases cases, List<TestActor> callers, LongSupplier recorded) {
        return new RobustnessCheck(service, api, cases, callers, recorded);
    }

    /** One dynamic test per case; prints how many operations and cases the description gave. */
    public Stream<DynamicTest> tests() {
        List<Case> all = cases.cases();
        System.out.printf("OpenAPI robustness of %s: %d operations taking a body or parameters, %d cases%n", service,
                cases.operations().size(), all.size());
        return all.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    public void check(Case c) {
        long before = recorded.getAsLong();
        HttpResponse<String> response = send(c);
        int status = response.statusCode();
        String what = c + ": " + c.path() + " " + abbreviated(c.body()) + " -> " + status + " " + response.body();
        if (status != c.expectedStatus()) {
            throw new AssertionError("expected " + c.expectedStatus() + " — " + what);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            throw new AssertionError("not an RFC 9457 problem (" + type + ") — " + what);
        }
        JsonNode problem = OpenApiCases.JSON.readTree(response.body());
        if (problem.path("status").asInt() != status || !problem.has("title")) {
            throw new AssertionError("the problem lacks its status or title — " + what);
        }
        List<String> named = new ArrayList<>();
        problem.path("errors").forEach(error -> named.add(error.path("field").asString()));
        if (named.stream().noneMatch(field -> names(field, c.field()))) {
            throw new AssertionError("the problem does not name " + c.field() + " (it names " + named + ") — " + what);
        }
        long after = recorded.getAsLong();
        if (after != before) {
            throw new AssertionError((after - before) + " rows recorded — " + what);
        }
    }

    /** The field itself, or a part of it ({@code referrer} is named when {@code referrer.agencyType} is at fault). */
    private static boolean names(String field, String expected) {
        return field.equals(expected) || field.startsWith(expected + ".") || field.startsWith(expected + "[");
    }

    private HttpResponse<String> send(Case c) {
        TestActor known = allowed.get(c.operation());
        if (known != null) {
            return api.send(c.operation().method(), c.path(), c.body(), TestIssuer.get().token(known));
        }
        HttpResponse<String> last = null;
        for (TestActor caller : callers) {
            last = api.send(c.operation().method(), c.path(), c.body(), TestIssuer.get().token(caller));
            if (last.statusCode() != 401 && last.statusCode() != 403) {
                allowed.put(c.operation(), caller);
                return last;
            }
        }
        throw new AssertionError("no caller may call " + c.operation() + " (" + callers + "): " + last.statusCode() + " " + last.body());
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
