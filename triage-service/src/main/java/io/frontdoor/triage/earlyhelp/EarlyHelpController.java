package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.platform.problem.NotFoundException;
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

/** The early-help episode of a stepped-down contact: its history and the lead professional's steps. */
@RestController
@RequestMapping("/api/early-help/{episodeId}")
public class EarlyHelpController {

    public record Consent(String status, String nextSteps, String recordedBy) {
    }

    public record LeadProfessional(int stage, String agency, String person, boolean agreed, String recordedBy) {
    }

    public record Meeting(Instant heldAt, String attendees, String summary, String recordedBy) {
    }

    public record Step(String reason, String outcome, String recordedBy) {
    }

    public record Entry(long sequence, String type, Instant at, Object event) {
    }

    private final CommandGateway commands;
    private final EventStore events;
    private final TriageReader triages;
    private final Clock clock;

    public EarlyHelpController(CommandGateway commands, EventStore events, TriageReader triages, Clock clock) {
        this.commands = commands;
        this.events = events;
        this.triages = triages;
        this.clock = clock;
    }

    @GetMapping
    public List<Entry> history(@PathVariable String episodeId) {
        List<Entry> history = new ArrayList<>();
        for (DomainEventMessage<?> m : events.readEvents(episodeId).asStream().toList()) {
            history.add(new Entry(m.getSequenceNumber(), m.getPayloadType().getSimpleName(), m.getTimestamp(), m.getPayload()));
        }
        if (history.isEmpty()) {
            throw new NotFoundException("no early-help episode " + episodeId);
        }
        return history;
    }

    @PostMapping("/consent")
    public Map<String, String> consent(@PathVariable String episodeId, @RequestBody Consent body) {
        return send(episodeId, new RecordConsent(episodeId, body.status(), body.nextSteps(), body.recordedBy()));
    }

    @PostMapping("/lead-professional")
    public Map<String, String> lead(@PathVariable String episodeId, @RequestBody LeadProfessional body) {
        return send(episodeId, new AllocateLeadProfessional(episodeId, body.stage(), body.agency(), body.person(), body.agreed(), body.recordedBy()));
    }

    @PostMapping("/planning-meeting")
    public Map<String, String> planningMeeting(@PathVariable String episodeId, @RequestBody Meeting body) {
        return send(episodeId, new RecordPlanningMeeting(episodeId, heldAt(body), body.attendees(), body.recordedBy()));
    }

    @PostMapping("/plan-distributed")
    public Map<String, String> planDistributed(@PathVariable String episodeId, @RequestBody Step body) {
        return send(episodeId, new RecordPlanDistributed(episodeId, body.recordedBy()));
    }

    @PostMapping("/reviews")
    public Map<String, String> review(@PathVariable String episodeId, @RequestBody Meeting body) {
        return send(episodeId, new RecordReview(episodeId, heldAt(body), body.summary(), body.recordedBy()));
    }

    /** The new contact repeats the children of the first and names the episode it comes from. */
    @PostMapping("/step-up")
    public Map<String, String> stepUp(@PathVariable String episodeId, @RequestBody Step body) {
        String contactId = episodeId.substring("eh-".length());
        ContactSubmission first = triages.submission(contactId);
        ContactSubmission referral = new ContactSubmission(first.packId(), "STEP-UP-" + episodeId, Channel.PARTNER_KAFKA, clock.instant(),
                new ContactSubmission.Referrer(AgencyType.LOCAL_AUTHORITY, "Early help locality team", body.recordedBy(), "lead professional",
                        null, null),
                first.children(), first.adults(),
                new ContactSubmission.Concerns(List.of(), "Step-up from early help episode " + episodeId + " (contact " + contactId + "): "
                        + body.reason()),
                null, false, false, first.consent(), true);
        return send(episodeId, new StepUp(episodeId, body.reason(), referral, body.recordedBy()));
    }

    @PostMapping("/closure")
    public Map<String, String> close(@PathVariable String episodeId, @RequestBody Step body) {
        return send(episodeId, new CloseEpisode(episodeId, body.outcome(), body.recordedBy()));
    }

    private Instant heldAt(Meeting body) {
        return body.heldAt() != null ? body.heldAt() : clock.instant();
    }

    private Map<String, String> send(String episodeId, Object command) {
        commands.sendAndWait(command);
        return Map.of("episodeId", episodeId);
    }
}
