package io.frontdoor.auth;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The local stack's demo identities: one person per role (two managers, so one can authorise the other's decision;
 * partner referrers of three agencies: a police officer, a school's safeguarding lead and a health visitor), and the systems that sign in with client credentials (partner case
 * systems, and one per internal role for trying the API with curl). Plain Java, so the local stack can print it.
 * Fictional, local only: production identities come from the partnership's OIDC provider.
 */
public final class DemoDirectory {

    /** Every demo person's password. */
    public static final String PASSWORD = "demo";
    /** Every demo system's client secret. */
    public static final String CLIENT_SECRET = "demo-secret";
    /** The web front end's client: confidential (secret {@link #CLIENT_SECRET}), authorization code with PKCE. */
    public static final String WEB_CLIENT = "frontdoor-web";
    /** Where the web front end receives the authorization code, after its origin. */
    public static final String WEB_REDIRECT_PATH = "/login/oauth2/code/frontdoor";
    /** Where the authorization server sends a person after sign-out, after the web front end's origin. */
    public static final String WEB_SIGNED_OUT_PATH = "/signed-out";

    /** A user or client id, a name to show, its roles and, for a partner, its agency (type and name). */
    public record Identity(String id, String name, List<String> roles, String agency, String agencyName) {

        Identity(String id, String name, String role) {
            this(id, name, List.of(role), null, null);
        }

        static Identity partner(String id, String name, String agency, String agencyName) {
            return new Identity(id, name, List.of("PARTNER_REFERRER"), agency, agencyName);
        }

        String describe() {
            return "%-22s %-18s %s".formatted(id, String.join(",", roles), agency == null ? "" : agency + " (" + agencyName + ")")
                    .stripTrailing();
        }
    }

    public static final List<Identity> PEOPLE = List.of(
            new Identity("pat.practitioner", "Pat Practitioner", "PRACTITIONER"),
            new Identity("max.manager", "Max Manager", "MANAGER"),
            new Identity("mia.manager", "Mia Manager", "MANAGER"),
            new Identity("alex.auditor", "Alex Auditor", "AUDITOR"),
            new Identity("ada.admin", "Ada Admin", "ADMIN"),
            Identity.partner("pc.police", "PC Demo Officer", "POLICE", "Demoshire Police"),
            Identity.partner("sam.school", "Sam Safeguarding-Lead", "EDUCATION", "Demo Primary School"),
            Identity.partner("hana.health", "Hana Health-Visitor", "HEALTH", "Demoshire Community Health"));

    public static final List<Identity> SYSTEMS = List.of(
            Identity.partner("demoshire-police", "Demoshire Police case system", "POLICE", "Demoshire Police"),
            Identity.partner("demo-primary-school", "Demo Primary School MIS", "EDUCATION", "Demo Primary School"),
            Identity.partner("demo-street-surgery", "Demo Street Surgery system", "HEALTH", "Demo Street Surgery"),
            Identity.partner("demo-housing", "Demo Housing case system", "HOUSING", "Demo Housing"),
            new Identity("demo-practitioner", "Demo practitioner (curl)", "PRACTITIONER"),
            new Identity("demo-manager", "Demo manager (curl)", "MANAGER"),
            new Identity("demo-auditor", "Demo auditor (curl)", "AUDITOR"),
            new Identity("demo-admin", "Demo admin (curl)", "ADMIN"));

    private DemoDirectory() {
    }

    /** The partner system of an agency, if there is one. */
    public static Optional<Identity> systemOf(String agency) {
        return SYSTEMS.stream().filter(system -> agency.equals(system.agency())).findFirst();
    }

    public static Optional<Identity> find(String id) {
        return Stream.concat(PEOPLE.stream(), SYSTEMS.stream()).filter(identity -> identity.id().equals(id)).findFirst();
    }

    /** What the local stack prints: who can sign in, and how to get and use a token. */
    public static String describe(String issuer, String queueUrl) {
        StringBuilder text = new StringBuilder();
        text.append("Sign-in: the local authorization server at ").append(issuer).append(" (demo identities; local only)\n");
        text.append("  People (password \"").append(PASSWORD).append("\"; sign in on the web front end, authorization code + PKCE):\n");
        PEOPLE.forEach(person -> text.append("    ").append(person.describe()).append('\n'));
        text.append("  Systems (client secret \"").append(CLIENT_SECRET).append("\"; client credentials):\n");
        SYSTEMS.forEach(system -> text.append("    ").append(system.describe()).append('\n'));
        text.append("  Get a token and use it:\n");
        text.append("    TOKEN=$(curl -s -u demo-practitioner:").append(CLIENT_SECRET)
                .append(" -d grant_type=client_credentials ").append(issuer).append("/oauth2/token")
                .append(" | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n");
        text.append("    curl -s -H \"Authorization: Bearer $TOKEN\" ").append(queueUrl).append('\n');
        return text.toString();
    }
}
