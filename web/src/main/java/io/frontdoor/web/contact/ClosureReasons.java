package io.frontdoor.web.contact;

import io.frontdoor.web.errors.FormErrors;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Why a worker closes a contact without the outcome feedback that closes it otherwise, in the worker's words. A
 * duplicate may be closed at any time; the other reasons once the decision is final (triage refuses them before).
 */
@Component("closureWords")
public class ClosureReasons {

    public record Reason(String code, String label, String hint, boolean beforeTheDecision) {
    }

    public static final List<Reason> ALL = List.of(
            new Reason("DUPLICATE", "It duplicates another contact", "The work goes on in the other contact.", true),
            new Reason("ANONYMOUS_REFERRER", "The referrer is anonymous", "There is no one to send the outcome to.", false),
            new Reason("REFERRER_TOLD_ANOTHER_WAY", "The referrer has been told another way",
                    "For example at the strategy discussion, at a meeting or by the police.", false),
            new Reason("NO_FURTHER_WORK", "No further work is needed", "Nothing more is owed by the front door.", false));

    /** The reasons a worker may choose now: only "duplicate" until the decision is final. */
    public List<Reason> offered(boolean decisionFinal) {
        return reasonsOffered(decisionFinal);
    }

    static List<Reason> reasonsOffered(boolean decisionFinal) {
        return ALL.stream().filter(reason -> decisionFinal || reason.beforeTheDecision()).toList();
    }

    /** What the closed contact says about why. */
    public String describe(TriageStory.Closure closure) {
        if (closure == null) {
            return null;
        }
        return switch (closure.outcome()) {
            case "DECIDED_AND_FED_BACK" -> "Decided, and the outcome was fed back to the referrer";
            case "DUPLICATE" -> "A duplicate of contact " + closure.duplicateOf();
            default -> ALL.stream().filter(reason -> reason.code().equals(closure.outcome())).map(Reason::label).findFirst()
                    .orElse(closure.outcome());
        };
    }

    /** The form's mistakes before it goes to triage: a reason offered now, and a duplicate names the other contact. */
    static FormErrors check(String reason, String duplicateOf, boolean decisionFinal) {
        FormErrors errors = FormErrors.none();
        if (reasonsOffered(decisionFinal).stream().noneMatch(offered -> offered.code().equals(reason))) {
            errors.add("closure-reason", decisionFinal ? "Select why the contact is being closed"
                    : "Select why the contact is being closed: until the decision is final, only as a duplicate");
        } else if ("DUPLICATE".equals(reason) && (duplicateOf == null || duplicateOf.isBlank())) {
            errors.add("closure-duplicate-of", "Enter the reference of the contact this one duplicates");
        }
        return errors;
    }
}
