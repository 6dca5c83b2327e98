package io.frontdoor.kernel.feedback;

import java.util.Locale;
import java.util.Map;

/**
 * The routes (docs/architecture.md, "Domain language") in plain words for a referrer, with what happens next on each:
 * the one wording intake's partner feedback and the read side's partner view both use.
 */
public final class RouteWording {

    public record Wording(String name, String next) {
    }

    private static final Map<String, Wording> ROUTES = Map.ofEntries(
            Map.entry("ADVICE_AND_SIGNPOSTING", new Wording("Advice and signposting",
                    "Children's social care will not take further action; the family is given advice and pointed to services that can help.")),
            Map.entry("EARLY_HELP", new Wording("Early help",
                    "The family will be offered early help from the local early help team, with the family's agreement.")),
            Map.entry("DOMESTIC_ABUSE_TRIAGE", new Wording("Domestic abuse triage meeting",
                    "The notification will be discussed at the weekly multi-agency domestic abuse triage meeting, which agrees any further action.")),
            Map.entry("MARAC", new Wording("Multi-agency risk assessment conference (MARAC)",
                    "The case is referred to the MARAC, which agrees a plan to keep the adult victim and the children safe.")),
            Map.entry("SECTION_17_ASSESSMENT", new Wording("Child in need assessment (section 17)",
                    "A social worker will assess the child's needs, normally within 45 working days.")),
            Map.entry("STRATEGY_DISCUSSION", new Wording("Strategy discussion",
                    "Children's social care, police and health will hold a strategy discussion to decide whether a child protection enquiry is needed.")),
            Map.entry("SECTION_47_ENQUIRY", new Wording("Child protection enquiry (section 47)",
                    "Children's social care will make child protection enquiries to decide whether action is needed to keep the child safe.")),
            Map.entry("LADO", new Wording("Local Authority Designated Officer (LADO)",
                    "The allegation is passed to the LADO, who will consider it within one working day.")),
            Map.entry("PRIVATE_FOSTERING_ASSESSMENT", new Wording("Private fostering assessment",
                    "A social worker will assess the private fostering arrangement.")),
            Map.entry("ACCOMMODATION_ASSESSMENT", new Wording("Assessment for accommodation (section 20)",
                    "A social worker will assess whether the young person needs to be accommodated.")),
            Map.entry("EMERGENCY_DUTY_TEAM", new Wording("Emergency duty team (out of hours)",
                    "The out-of-hours emergency duty team is dealing with the referral.")),
            Map.entry("OTHER_SERVICE", new Wording("Another service",
                    "The referral has been passed to another service that can meet the child's needs.")));

    private RouteWording() {
    }

    public static Wording of(String routeCode) {
        Wording known = ROUTES.get(routeCode);
        if (known != null) {
            return known;
        }
        String words = routeCode.replace('_', ' ').toLowerCase(Locale.ROOT);
        return new Wording(Character.toUpperCase(words.charAt(0)) + words.substring(1), null);
    }
}
