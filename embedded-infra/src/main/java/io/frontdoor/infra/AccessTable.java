package io.frontdoor.infra;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A table of endpoints × callers and the status each caller must get, for a parameterised test:
 *
 * <pre>
 * static final AccessTable TABLE = AccessTable.columns(NO_TOKEN, POLICE, PRACTITIONER)
 *         .row("GET /api/queue", 401, 403, 200);
 * </pre>
 */
public final class AccessTable {

    /** A column: who calls (a null actor sends no token). */
    public record Caller(String name, TestActor actor) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A cell: this endpoint, called by this caller, answers this status. */
    public record Case(String endpoint, Caller caller, int expected) {
        @Override
        public String toString() {
            return endpoint + " as " + caller + " -> " + (expected == ALLOWED ? "allowed" : expected);
        }
    }

    public static final Caller NO_TOKEN = new Caller("no token", null);
    /** Let through by the rules (neither 401 nor 403), whatever the endpoint then answers. */
    public static final int ALLOWED = -1;

    private final List<Caller> callers;
    private final List<Case> cases = new ArrayList<>();

    private AccessTable(List<Caller> callers) {
        this.callers = callers;
    }

    public static AccessTable columns(Caller... callers) {
        return new AccessTable(List.of(callers));
    }

    public static Caller caller(String name, TestActor actor) {
        return new Caller(name, actor);
    }

    public AccessTable row(String endpoint, int... statuses) {
        if (statuses.length != callers.size()) {
            throw new IllegalArgumentException(endpoint + ": " + statuses.length + " statuses for " + callers.size() + " callers");
        }
        for (int i = 0; i < statuses.length; i++) {
            cases.add(new Case(endpoint, callers.get(i), statuses[i]));
        }
        return this;
    }

    public Stream<Case> cases() {
        return cases.stream();
    }

    /** The status is the one expected; a refusal (401, 403) is RFC 9457 problem JSON, a 401 with a Bearer challenge. */
    public static void assertAnswer(Case expected, HttpResponse<String> response) {
        boolean allowed = expected.expected() == ALLOWED && response.statusCode() != 401 && response.statusCode() != 403;
        if (!allowed && response.statusCode() != expected.expected()) {
            throw new AssertionError(expected + " but was " + response.statusCode() + ": " + response.body());
        }
        if (expected.expected() == 401 || expected.expected() == 403) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
            if (!type.startsWith("application/problem+json") || !response.body().contains("\"status\":" + expected.expected())
                    || (expected.expected() == 401 && !challenge.startsWith("Bearer"))) {
                throw new AssertionError(expected + ": not a problem response with a Bearer challenge: " + type + " "
                        + challenge + " " + response.body());
            }
        }
    }

    @Override
    public String toString() {
        return "AccessTable" + Arrays.toString(callers.toArray());
    }
}
