package io.frontdoor.infra;

import java.util.List;

/** Who a test token is for: the user (or partner system) id, its roles, and for a partner its agency. */
public record TestActor(String userId, List<String> roles, String agency) {

    public TestActor {
        roles = List.copyOf(roles);
    }

    public static TestActor practitioner(String userId) {
        return new TestActor(userId, List.of("PRACTITIONER"), null);
    }

    public static TestActor manager(String userId) {
        return new TestActor(userId, List.of("MANAGER"), null);
    }

    public static TestActor auditor(String userId) {
        return new TestActor(userId, List.of("AUDITOR"), null);
    }

    public static TestActor admin(String userId) {
        return new TestActor(userId, List.of("ADMIN"), null);
    }

    public static TestActor partner(String userId, String agency) {
        return new TestActor(userId, List.of("PARTNER_REFERRER"), agency);
    }

    /** Signed in, but with no Front Door role. */
    public static TestActor noRole(String userId) {
        return new TestActor(userId, List.of(), null);
    }
}
