package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.platform.audit.AccessAudit;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.platform.problem.NotFoundException;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.*;
import io.frontdoor.triage.triage.web.TriageReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.*;

/**
 * The early-help episode of a stepped-down contact: its history and the lead professional's steps. Who records each
 * step is the signed-in user of the token, never a name in the body. The history is the child's record after the step
 * down: each read is recorded in the access audit against the episode's contact, so that contact's audit shows it.
 */
@RestController
@RequestMapping("/api/early-help/{episodeId}")
public class EarlyHelpController {

    /** {@code status}: GIVEN or REFUSED; a refusal says what happens next. */
    public record Consent(String status, String nextSteps) {
    }

    /** {@code person} is the lead professional being allocated (not who records the allocation). */
    public record LeadProfessional(int stage, String agency, String person, boolean agreed) {
    }

    public record Meeting(Instant heldAt, String attendees, String summary) {
    }

    /** {@code childIndexes} (a step-up): the children it concerns, by their place in the first contact; absent: every child of the episode. */
    public record Step(String reason, String outcome, List<Integer> childIndexes) {
    }

    public record Entry(long sequence, String type, Instant at, Object event) {
    }

    static final String HISTORY = "GET /api/early-help/{episodeId}";

    private final CommandGateway commands;
    private final EventStore events;
    private final TriageReader triages;
    private final Clock clock;
    private final AccessAudit audit;

    public EarlyHelpController(CommandGateway commands, EventStore events, TriageReader triages, Clock clock, AccessAudit audit) {
        this.commands = commands;
        this.events = events;
        this.triages = triages;
        this.clock = clock;
        this.audit = audit;
    }

    @GetMapping
    public List<Entry> history(@PathVariable String episodeId, Actor actor) {
        List<Entry> history = new ArrayList<>();
        String contactId = null;
        for (DomainEventMessage<?> m : events.readEvents(episodeId).asStream().toList()) {
            if (m.getPayload() instanceof EarlyHelpEpisodeStarted started) {
                contactId = started.contactId();
            }
            history.add(new Entry(m.getSequenceNumber(), m.getPayloadType().getSimpleName(), m.getTimestamp(), m.getPayload()));
        }
        if (history.isEmpty()) {
            throw new NotFoundException("no early-help episode " + episodeId);
        }
        audit.recordRead(actor, RecordType.CONTACT, contactId != null ? contactId : episodeId, HISTORY);
        return history;
    }

    @PostMapping("/consent")
    public Map<String, String> consent(@PathVariable String episodeId, @RequestBody Consent body, Actor actor) {
        return send(episodeId, new RecordConsent(episodeId, body.status(), body.nextSteps(), actor.userId()));
    }

    @PostMapping("/lead-professional")
    public Map<String, String> lead(@PathVariable String episodeId, @RequestBody LeadProfessional body, Actor actor) {
        return send(episodeId, new AllocateLeadProfessional(episodeId, body.stage(), body.agency(), body.person(), body.agreed(),
                actor.userId()));
    }

    @PostMapping("/planning-meeting")
    public Map<String, String> planningMeeting(@PathVariable String episodeId, @RequestBody Meeting body, Actor actor) {
        return send(episodeId, new RecordPlanningMeeting(episodeId, heldAt(body), body.attendees(), actor.userId()));
    }

    @PostMapping("/plan-distributed")
    public Map<String, String> planDistributed(@PathVariable String episodeId, Actor actor) {
        return send(episodeId, new RecordPlanDistributed(episodeId, actor.userId()));
    }

    @PostMapping("/reviews")
    public Map<String, String> review(@PathVariable String episodeId, @RequestBody Meeting body, Actor actor) {
        return send(episodeId, new RecordReview(episodeId, heldAt(body), body.summary(), actor.userId()));
    }

    /**
     * The new contact names the children stepped up (all the first contact's when none is named) and the episode it comes
     * from; its referrer is the signed-in lead professional (the token's name).
     */
    @PostMapping("/step-up")
    public Map<String, String> stepUp(@PathVariable String episodeId, @RequestBody Step body, Actor actor) {
        String contactId = episodeId.substring("eh-".length());
        ContactSubmission first = triages.submission(contactId);
        List<Integer> named = body.childIndexes() == null ? List.of() : body.childIndexes();
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i) == null || named.get(i) < 0 || named.get(i) >= first.children().size()) {
                throw io.frontdoor.kernel.validation.InvalidSubmissionException.of("childIndexes[" + i + "]",
                        "the contact names " + first.children().size() + " children (0 to " + (first.children().size() - 1) + ")");
            }
        }
        List<ContactSubmission.Child> children = named.isEmpty() ? first.children() : java.util.stream.IntStream
                .range(0, first.children().size()).filter(named::contains).mapToObj(first.children()::get).toList();
        ContactSubmission referral = new ContactSubmission(first.packId(), "STEP-UP-" + episodeId, Channel.PARTNER_KAFKA, clock.instant(),
                new ContactSubmission.Referrer(AgencyType.LOCAL_AUTHORITY, "Early help locality team", actor.displayName(), "lead professional",
                        null, null),
                children, first.adults(),
                new ContactSubmission.Concerns(List.of(), "Step-up from early help episode " + episodeId + " (contact " + contactId + "): "
                        + body.reason()),
                null, false, false, first.consent(), true);
        return send(episodeId, new StepUp(episodeId, body.reason(), referral, actor.userId(), named));
    }

    @PostMapping("/closure")
    public Map<String, String> close(@PathVariable String episodeId, @RequestBody Step body, Actor actor) {
        return send(episodeId, new CloseEpisode(episodeId, body.outcome(), actor.userId()));
    }

    private Instant heldAt(Meeting body) {
        return body.heldAt() != null ? body.heldAt() : clock.instant();
    }

    private Map<String, String> send(String episodeId, Object command) {
        commands.sendAndWait(command);
        return Map.of("episodeId", episodeId);
    }
}
