package io.frontdoor.kernel.code;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The outcomes a front door can route a contact to (docs/architecture.md, "Domain language"), each in plain words for a referrer
 * with what happens next on it. On the topics and in REST bodies a route travels as its constant's name.
 */
public enum RouteCode {
    ADVICE_AND_SIGNPOSTING(false, "Advice and signposting",
            "Children's social care will not take further action; the family is given advice and pointed to services that can help."),
    EARLY_HELP(false, "Early help",
            "The family will be offered early help from the local early help team, with the family's agreement."),
    DOMESTIC_ABUSE_TRIAGE(false, "Domestic abuse triage meeting",
            "The notification will be discussed at the weekly multi-agency domestic abuse triage meeting, which agrees any further action."),
    MARAC(true, "Multi-agency risk assessment conference (MARAC)",
            "The case is referred to the MARAC, which agrees a plan to keep the adult victim and the children safe."),
    SECTION_17_ASSESSMENT(true, "Child in need assessment (section 17)",
            "A social worker will assess the child's needs, normally within 45 working days."),
    STRATEGY_DISCUSSION(true, "Strategy discussion",
            "Children's social care, police and health will hold a strategy discussion to decide whether a child protection enquiry is needed."),
    SECTION_47_ENQUIRY(true, "Child protection enquiry (section 47)",
            "Children's social care will make child protection enquiries to decide whether action is needed to keep the child safe."),
    LADO(true, "Local Authority Designated Officer (LADO)",
            "The allegation is passed to the LADO, who will consider it within one working day."),
    PRIVATE_FOSTERING_ASSESSMENT(true, "Private fostering assessment",
            "A social worker will assess the private fostering arrangement."),
    ACCOMMODATION_ASSESSMENT(true, "Assessment for accommodation (section 20)",
            "A social worker will assess whether the young person needs to be accommodated."),
    EMERGENCY_DUTY_TEAM(true, "Emergency duty team (out of hours)",
            "The out-of-hours emergency duty team is dealing with the referral."),
    OTHER_SERVICE(false, "Another service",
            "The referral has been passed to another service that can meet the child's needs.");

    private final boolean socialCare;
    private final String displayName;
    private final String whatHappensNext;

    RouteCode(boolean socialCare, String displayName, String whatHappensNext) {
        this.socialCare = socialCare;
        this.displayName = displayName;
        this.whatHappensNext = whatHappensNext;
    }

    /** A social-care response; any other route leaves the referrer owed feedback within 24 hours. */
    public boolean isSocialCare() {
        return socialCare;
    }

    /** No further action by children's social care. */
    public boolean isNoFurtherAction() {
        return this == ADVICE_AND_SIGNPOSTING;
    }

    /** The route in plain words for a referrer ("Strategy discussion"). */
    public String displayName() {
        return displayName;
    }

    /** What happens next on this route, for a referrer. */
    public String whatHappensNext() {
        return whatHappensNext;
    }

    /** The route a name on a topic or in a request stands for; empty for a name that is no route. */
    public static Optional<RouteCode> parse(String name) {
        return Stream.of(values()).filter(code -> code.name().equals(name)).findFirst();
    }
}
