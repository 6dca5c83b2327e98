package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.platform.security.PartnerAgencyScope;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts")
public class ContactController {

    /** What the referrer gets back: the contact id to quote, and whether this was a resend of one already recorded. */
    public record ContactAccepted(String contactId, String status, boolean duplicate) {
    }

    private final ContactIntake intake;

    public ContactController(ContactIntake intake) {
        this.intake = intake;
    }

    @PostMapping
    public ResponseEntity<ContactAccepted> submit(@RequestBody ContactSubmission submission, Actor actor) {
        PartnerAgencyScope.requireMayReferFor(actor, submission.referrer() == null ? null : submission.referrer().agencyType(),
                submission.referrer() == null ? null : submission.referrer().agencyName());
        ContactIntake.Outcome outcome = intake.receive(submission);
        return ResponseEntity.status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/contacts/" + outcome.contactId()))
                .body(new ContactAccepted(outcome.contactId(), "RECEIVED", outcome.duplicate()));
    }
}
