package io.frontdoor.intake.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.platform.security.PartnerAgencyScope;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts")
public class ContactController {

    /**
     * What the referrer gets back: the contact id to quote; {@code duplicate} when the same content was sent before
     * (nothing new recorded); {@code updated} when it was recorded as the contact's {@code updateNumber}th update, with
     * the field paths that changed.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactAccepted(String contactId, String status, boolean duplicate, boolean updated, Integer updateNumber,
                                  List<String> changes) {
    }

    private final ContactIntake intake;
    private final ContactStatuses statuses;

    public ContactController(ContactIntake intake, ContactStatuses statuses) {
        this.intake = intake;
        this.statuses = statuses;
    }

    @PostMapping
    public ResponseEntity<ContactAccepted> submit(@RequestBody ContactSubmission submission, Actor actor) {
        PartnerAgencyScope.requireMayReferFor(actor, submission.referrer() == null ? null : submission.referrer().agencyType(),
                submission.referrer() == null ? null : submission.referrer().agencyName());
        ContactIntake.Outcome outcome = intake.receive(submission, actor.userId());
        String status = outcome.created() ? ContactStatuses.Status.RECEIVED.name() : statuses.of(outcome.contactId()).name();
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/contacts/" + outcome.contactId()))
                .body(new ContactAccepted(outcome.contactId(), status, outcome.duplicate(), outcome.updated(),
                        outcome.updated() ? outcome.updateNumber() : null, outcome.updated() ? outcome.changes() : null));
    }
}
