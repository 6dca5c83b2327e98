package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.platform.problem.Code;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.validation.TextLimits;
import io.frontdoor.kernel.contact.ReferrerService;
import io.frontdoor.platform.audit.AccessAudit;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.kernel.domain.NotFoundException;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.triage.childindex.ChildIndex;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.*;
import io.frontdoor.triage.earlyhelp.EarlyHelpMilestones.EarlyHelpMilestone;
import io.frontdoor.triage.triage.TriageReader;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

    public enum ConsentDecision { GIVEN, REFUSED }

    /**
     * {@code status}: GIVEN or REFUSED; a refusal says what happens next. Named apart from a contact's {@code Consent}:
     * one API description holds both.
     */
    public record EarlyHelpConsent(@NotNull ConsentDecision status, @Size(max = TextLimits.SHORT_TEXT) String nextSteps) {
    }

    /** {@code person} is the lead professional being allocated (not who records the allocation). */
    public record LeadProfessional(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Min(1) @Max(4) int stage,
                                   @NotBlank @Code(AgencyType.class) @Schema(implementation = AgencyType.class) String agency,
                                   @NotBlank @Size(max = TextLimits.NAME) String person, @NotNull Boolean agreed) {
    }

    /** {@code heldAt}: when the meeting was held (now if not given); never in the future. */
    public record Meeting(Instant heldAt, @Size(max = TextLimits.SHORT_TEXT) String attendees,
                          @Size(max = TextLimits.NARRATIVE) String summary) {
    }

    /** {@code childIndexes}: the children the step-up concerns, by their place in the first contact; absent: every child of the episode. */
    public record StepUpRequest(@NotBlank @Size(max = TextLimits.NARRATIVE) String reason,
                                @Size(max = TextLimits.LIST_ITEMS) List<@NotNull Integer> childIndexes) {
    }

    public record Closure(@NotNull EarlyHelpClosure.Outcome outcome, @NotNull EarlyHelpClosure.Reason reason,
                          @Size(max = TextLimits.NARRATIVE) String note) {
    }

    public record Entry(long sequence, String type, Instant at, Object event) {
    }

    static final String HISTORY = "GET /api/early-help/{episodeId}";
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

    private final CommandGateway commands;
    private final EventStore events;
    private final TriageReader triages;
    private final Clock clock;
    private final AccessAudit audit;
    private final ChildIndex children;

    public EarlyHelpController(CommandGateway commands, EventStore events, TriageReader triages, Clock clock, AccessAudit audit,
                               ChildIndex children) {
        this.children = children;
        this.commands = commands;
        this.events = events;
        this.triages = triages;
        this.clock = clock;
        this.audit = audit;
    }

    /** Each step shows as the {@code EarlyHelpMilestoneRecorded} it was recorded as before it had its own event. */
    @GetMapping
    public List<Entry> history(@PathVariable String episodeId, Actor actor) {
        List<Entry> history = new ArrayList<>();
        String contactId = null;
        for (DomainEventMessage<?> m : events.readEvents(episodeId).asStream().toList()) {
            if (m.getPayload() instanceof EarlyHelpEpisodeStarted started) {
                contactId = started.contactId();
            }
            Object event = m.getPayload() instanceof EarlyHelpMilestone milestone ? milestone.recorded() : m.getPayload();
            history.add(new Entry(m.getSequenceNumber(), event.getClass().getSimpleName(), m.getTimestamp(), event));
        }
        if (history.isEmpty()) {
            throw new NotFoundException("no early-help episode " + episodeId);
        }
        audit.recordRead(actor, RecordType.CONTACT, contactId != null ? contactId : episodeId, HISTORY);
        return history;
    }

    @PostMapping("/consent")
    public Map<String, String> consent(@PathVariable String episodeId, @RequestBody EarlyHelpConsent body, Actor actor) {
        return send(episodeId, new RecordConsent(episodeId, body.status().name(), body.nextSteps(), actor.userId()));
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
     * The new contact names the children stepped up (all the first contact's when none is named), each with the child id
     * the index gave it (so the new contact joins the same child's history), and the episode it comes from; its referrer
     * is the signed-in lead professional (the token's name).
     */
    @PostMapping("/step-up")
    public Map<String, String> stepUp(@PathVariable String episodeId, @RequestBody StepUpRequest body, Actor actor) {
        String contactId = episodeId.substring("eh-".length());
        ContactSubmission first = triages.submission(contactId);
        List<Integer> named = body.childIndexes() == null ? List.of() : body.childIndexes();
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i) == null || named.get(i) < 0 || named.get(i) >= first.children().size()) {
                throw io.frontdoor.kernel.validation.InvalidSubmissionException.of("childIndexes[" + i + "]",
                        "the contact names " + first.children().size() + " children (0 to " + (first.children().size() - 1) + ")");
            }
        }
        List<ContactSubmission.Child> identified = identified(contactId, first.children());
        List<ContactSubmission.Child> children = named.isEmpty() ? identified : java.util.stream.IntStream
                .range(0, identified.size()).filter(named::contains).mapToObj(identified::get).toList();
        ContactSubmission referral = ContactSubmission.builder().packId(first.packId()).externalReference("STEP-UP-" + episodeId)
                .channel(Channel.PARTNER_KAFKA).receivedAt(clock.instant())
                .referrer(new ContactSubmission.Referrer(AgencyType.LOCAL_AUTHORITY, "Early help locality team", actor.displayName(), "lead professional", null, null, ReferrerService.EARLY_HELP))
                .children(children).adults(first.adults())
                .concerns(new ContactSubmission.Concerns(List.of(), "Step-up from early help episode " + episodeId + " (contact " + contactId + "): " + body.reason()))
                .allegationAgainstPersonInPositionOfTrust(false).immediateDanger(false).consent(first.consent())
                .knownToServices(true).build();
        return send(episodeId, new StepUp(episodeId, body.reason(), referral, actor.userId(), named));
    }

    /** A child whose link is only a possible match goes without an id: the index matches it afresh. */
    private List<ContactSubmission.Child> identified(String contactId, List<ContactSubmission.Child> named) {
        Map<Integer, String> ids = children.definiteChildren(contactId);
        List<ContactSubmission.Child> identified = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            identified.add(ids.containsKey(i) ? named.get(i).withChildId(ids.get(i)) : named.get(i));
        }
        return identified;
    }

    @PostMapping("/closure")
    public Map<String, String> close(@PathVariable String episodeId, @RequestBody Closure body, Actor actor) {
        return send(episodeId, new CloseEpisode(episodeId, body.outcome().name(), body.reason().name(), body.note(), actor.userId()));
    }

    /** A meeting is recorded once held: a time in the future (beyond a few minutes' clock difference) is refused. */
    private Instant heldAt(Meeting body) {
        Instant now = clock.instant();
        if (body.heldAt() != null && body.heldAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw InvalidSubmissionException.of("heldAt", "is in the future: record a meeting once it has been held");
        }
        return body.heldAt() != null ? body.heldAt() : now;
    }

    private Map<String, String> send(String episodeId, Object command) {
        commands.sendAndWait(command);
        return Map.of("episodeId", episodeId);
    }
}
