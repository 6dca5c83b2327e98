package io.frontdoor.web.contact;

import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.packs.PackCatalogue;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import io.frontdoor.web.services.TolerantMap;
import io.frontdoor.web.signin.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Everything the contact page shows, from the three services: the referral as received and each later update
 * (intake), the recommendation, checks, decisions and links (triage), the timeline and its timescales (projection).
 * Intake's and the projection's parts are optional: the page shows what it has.
 */
@Component
public class ContactPage {

    /** The agencies a partner check can be asked of. */
    public static final List<String> AGENCIES = List.of("POLICE", "HEALTH", "EDUCATION", "EARLY_YEARS", "HOUSING", "PROBATION",
            "LOCAL_AUTHORITY", "VOLUNTARY_SECTOR", "OTHER_LA");

    private final Services services;
    private final PackCatalogue packs;

    ContactPage(Services services, PackCatalogue packs) {
        this.services = services;
        this.packs = packs;
    }

    public TriageStory story(String contactId) {
        return new TriageStory(services.get(Service.TRIAGE, "/api/triages/{id}", contactId));
    }

    /** Fills the model for the contact page; {@code errors} and {@code typed} bring back a form with mistakes. */
    @SuppressWarnings("unchecked")
    public String render(Model model, String contactId, Person person, FormErrors errors, Map<String, String> typed) {
        TriageStory story = story(contactId);
        Map<String, Object> record = optional(Service.INTAKE, "/api/contacts/{id}", contactId);
        Map<String, Object> submission = null;
        if (record != null) {
            Object current = record.get("current") != null ? record.get("current") : record.get("submission");
            submission = current instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        }
        model.addAttribute("contactId", contactId);
        model.addAttribute("story", story);
        model.addAttribute("record", record);
        model.addAttribute("submission", submission);
        model.addAttribute("firstSubmission", record == null ? null : record.get("submission"));
        model.addAttribute("updates", record == null ? List.of() : record.getOrDefault("updates", List.of()));
        model.addAttribute("timeline", optional(Service.PROJECTION, "/api/contacts/{id}/timeline", contactId));
        model.addAttribute("escalations", escalations(contactId));
        model.addAttribute("packId", story.packId());
        model.addAttribute("pack", packs.pack(story.packId()));
        model.addAttribute("agencies", AGENCIES);
        model.addAttribute("now", Instant.now());
        model.addAttribute("mayAuthorise", mayAuthorise(story, person));
        model.addAttribute("errors", errors == null ? FormErrors.none() : errors);
        model.addAttribute("typed", TolerantMap.of(new java.util.HashMap<>(typed == null ? Map.of() : typed)));
        return "contact";
    }

    /** A manager may authorise or return a decision waiting for it, never their own. */
    static boolean mayAuthorise(TriageStory story, Person person) {
        TriageStory.Decision standing = story.standingDecision();
        return person != null && person.isManager() && standing != null && standing.awaitingAuthorisation()
                && !person.id().equals(standing.decidedBy());
    }

    /** The disagreements about this contact with their ladders: the escalation audit is for managers and auditors. */
    private List<Map<String, Object>> escalations(String contactId) {
        try {
            return services.list(Service.PROJECTION, "/api/escalations?contactId={id}", contactId);
        } catch (HttpClientErrorException.Forbidden notForThisRole) {
            return null;
        }
    }

    private Map<String, Object> optional(Service service, String uri, String contactId) {
        try {
            return services.get(service, uri, contactId);
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden notThere) {
            return null;
        }
    }
}
