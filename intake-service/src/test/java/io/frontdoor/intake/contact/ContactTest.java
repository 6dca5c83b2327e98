package io.frontdoor.intake.contact;

import static io.frontdoor.intake.contact.SubmissionChangesTest.SENT;
import static io.frontdoor.intake.contact.SubmissionChangesTest.child;
import static io.frontdoor.intake.contact.SubmissionChangesTest.police;

import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A contact sent again: kept as its next update when the content differs, nothing at all when it does not. */
class ContactTest {

    static final String ID = "contact-1";
    static final Instant RECORDED = Instant.parse("2026-11-20T11:00:00Z");
    static final ContactSubmission FIRST = police(DashRisk.MEDIUM, "argument", List.of(child("Testchild", "LU1 2BQ")), SENT);
    static final ContactSubmission KNIFE = police(DashRisk.HIGH, "argument; knife used", List.of(child("Testchild", "LU1 2BQ")), SENT);
    static final ContactSubmission MOVED = police(DashRisk.HIGH, "argument; knife used", List.of(child("Testchild", "LU2 7AB")), SENT);

    AggregateTestFixture<Contact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
    }

    @Test
    void anIdenticalResendRecordsNothing() {
        fixture.given(new ContactReceived(ID, FIRST, SENT, null))
                .when(new UpdateContact(ID, FIRST, SENT, null, "police.system", RECORDED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new UpdateContact.Result(0, List.of()));
    }

    @Test
    void aChangedResendIsTheFirstUpdateWithWhatChangedAndWhoSentIt() {
        fixture.given(new ContactReceived(ID, FIRST, SENT, "demoshire-police"))
                .when(new UpdateContact(ID, KNIFE, SENT.plusSeconds(600), "demoshire-police", "demoshire-police", RECORDED))
                .expectEvents(new ContactUpdated(ID, 1, KNIFE, List.of("concerns.narrative", "domesticAbuse.dashRisk"),
                        "demoshire-police", "demoshire-police", SENT.plusSeconds(600), RECORDED))
                .expectResultMessagePayload(new UpdateContact.Result(1, List.of("concerns.narrative", "domesticAbuse.dashRisk")));
    }

    @Test
    void theNextUpdateIsComparedWithTheLatestNotTheFirst() {
        fixture.given(new ContactReceived(ID, FIRST, SENT, null),
                        new ContactUpdated(ID, 1, KNIFE, List.of("concerns.narrative", "domesticAbuse.dashRisk"), "pc.one", null, SENT, RECORDED))
                .when(new UpdateContact(ID, MOVED, SENT, null, "pc.two", RECORDED))
                .expectEvents(new ContactUpdated(ID, 2, MOVED, List.of("children[0].address.postcode"), "pc.two", null, SENT, RECORDED));
    }

    @Test
    void resendingTheLatestUpdateChangesNothing() {
        fixture.given(new ContactReceived(ID, FIRST, SENT, null),
                        new ContactUpdated(ID, 1, KNIFE, List.of("concerns.narrative", "domesticAbuse.dashRisk"), "pc.one", null, SENT, RECORDED))
                .when(new UpdateContact(ID, KNIFE, SENT, null, "pc.one", RECORDED))
                .expectNoEvents();
    }
}
