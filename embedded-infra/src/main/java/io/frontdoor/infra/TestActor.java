package io.frontdoor.infra;

import java.util.List;

/** Who a test token is for: the user (or partner system) id, its roles, and for a partner its agency (type and name). */
public record TestActor(String userId, List<String> roles, String agency, String agencyName) {

    public TestActor {
        roles = List.copyOf(roles);
    }

    /** A partner's agency name defaults to "Testshire POLICE" for POLICE, and so on: the name the test contacts give. */
    public TestActor(String userId, List<String> roles, String agency) {
        this(userId, roles, agency, agency == null ? null : "Testshire " + agency);
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

    public static TestActor partner(String userId, String agency, String agencyName) {
        return new TestActor(userId, List.of("PARTNER_REFERRER"), agency, agencyName);
    }

    /** Signed in, but with no Front Door role. */
    public static TestActor noRole(String userId) {
        return new TestActor(userId, List.of(), null);
    }
}
