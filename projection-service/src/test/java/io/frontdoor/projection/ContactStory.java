package io.frontdoor.projection;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.Disability;
import io.frontdoor.kernel.contact.Ethnicity;
import io.frontdoor.kernel.contact.Gender;
import io.frontdoor.kernel.contact.ReferrerService;
import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.kernel.event.triage.ChildLinkReviewedV1;
import io.frontdoor.kernel.event.triage.ChildSummary;
import io.frontdoor.kernel.event.triage.ContactLinkedToChildV1;
import io.frontdoor.kernel.event.triage.ContactRoutedV1;
import io.frontdoor.kernel.event.triage.DaTriageItemDecidedV1;
import io.frontdoor.kernel.event.triage.DaTriageItemScheduledV1;
import io.frontdoor.kernel.event.triage.DeadlinePassedV1;
import io.frontdoor.kernel.event.triage.DecisionAuthorisedV1;
import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.DecisionReturnedV1;
import io.frontdoor.kernel.event.triage.EarlyHelpEpisodeV1;
import io.frontdoor.kernel.event.triage.EarlyHelpMilestoneV1;
import io.frontdoor.kernel.event.triage.EscalationRaisedV1;
import io.frontdoor.kernel.event.triage.EscalationStageRecordedV1;
import io.frontdoor.kernel.event.triage.FeedbackDueV1;
import io.frontdoor.kernel.event.triage.FeedbackSentV1;
import io.frontdoor.kernel.event.triage.LevelV1;
import io.frontdoor.kernel.event.triage.PartnerCheckRequestedV1;
import io.frontdoor.kernel.event.triage.PartnerCheckRespondedV1;
import io.frontdoor.kernel.event.triage.RecommendationV1;
import io.frontdoor.kernel.event.triage.StrategyDiscussionOutcomeV1;
import io.frontdoor.kernel.event.triage.TriageAllocatedV1;
import io.frontdoor.kernel.event.triage.TriageClosedV1;
import io.frontdoor.kernel.event.triage.TriageOpenedV1;
import io.frontdoor.projection.eventlog.IncomingEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The envelopes one contact's history puts on the topics, exactly as intake and triage publish them, written as a
 * story: each step happens at the story's current time, which {@link #at} and {@link #after} move on.
 */
public final class ContactStory {

    private final String contactId;
    private final String packId;
    private final Instant receivedAt;
    private final List<ChildSummary> children = new ArrayList<>();
    private final List<ContactSubmission.Child> submittedChildren = new ArrayList<>();
    private final List<ContactSubmission.Adult> adults = new ArrayList<>();
    private final List<IncomingEvent> events = new ArrayList<>();
    private String agencyType = "POLICE";
    private String agencyName = "Testshire Police";
    private ReferrerService service;
    private Instant now;
    private Instant decisionDueAt;
    private String decisionId;
    private int decisions;

    private ContactStory(String contactId, String packId, Instant receivedAt) {
        this.contactId = contactId;
        this.packId = packId;
        this.receivedAt = receivedAt;
        this.now = receivedAt;
    }

    public static ContactStory contact(String contactId, String packId, String receivedAt) {
        return new ContactStory(contactId, packId, Instant.parse(receivedAt));
    }

    public static ContactStory contact(String contactId, String packId, Instant receivedAt) {
        return new ContactStory(contactId, packId, receivedAt);
    }

    public String contactId() {
        return contactId;
    }

    public Instant now() {
        return now;
    }

    public List<IncomingEvent> events() {
        return List.copyOf(events);
    }

    public ContactStory from(String agencyType, String agencyName) {
        this.agencyType = agencyType;
        this.agencyName = agencyName;
        return this;
    }

    public ContactStory from(String agencyType, String agencyName, ReferrerService service) {
        this.service = service;
        return from(agencyType, agencyName);
    }

    public ContactStory child(String givenName, String familyName, String dateOfBirth) {
        return child(givenName, familyName, dateOfBirth, null, null);
    }

    /** A child with the returns' codes as the referrer gave them. */
    public ContactStory child(String givenName, String familyName, String dateOfBirth, Gender gender, Ethnicity ethnicity,
                              Disability... disabilities) {
        children.add(new ChildSummary(givenName, familyName, LocalDate.parse(dateOfBirth), null));
        submittedChildren.add(new ContactSubmission.Child(givenName, familyName, LocalDate.parse(dateOfBirth), null, null, gender,
                ADDRESS, ethnicity, List.of(disabilities)));
        return this;
    }

    public ContactStory unbornChild(String familyName, String expectedDateOfBirth) {
        children.add(new ChildSummary(null, familyName, null, LocalDate.parse(expectedDateOfBirth)));
        submittedChildren.add(new ContactSubmission.Child(null, familyName, null, LocalDate.parse(expectedDateOfBirth), null, null,
                ADDRESS, null, null));
        return this;
    }

    public ContactStory adult(String givenName, String familyName, String relationship) {
        adults.add(new ContactSubmission.Adult(givenName, familyName, null, relationship));
        return this;
    }

    public ContactStory at(String instant) {
        now = Instant.parse(instant);
        return this;
    }

    public ContactStory after(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public ContactStory received() {
        return publish(Topics.CONTACTS, ContactReceivedV1.TYPE, new ContactReceivedV1(contactId, submission("synthetic narrative"),
                receivedAt, now));
    }

    /** The referrer's {@code number}th update: the narrative changed, sent by {@code sentBy}. */
    public ContactStory updated(int number, String sentBy) {
        return publish(Topics.CONTACTS, io.frontdoor.kernel.event.ContactUpdatedV1.TYPE, new io.frontdoor.kernel.event.ContactUpdatedV1(
                contactId, number, submission("synthetic narrative, update " + number), List.of("concerns.narrative"), sentBy, now, now));
    }

    /** Triage weighed update {@code number}: {@code raised} rose (none: nothing did), the decision now due by {@code dueAt}. */
    public ContactStory updateEvaluated(int number, List<String> raised, String rag, Instant dueAt, String triageStatus) {
        var recommendation = new RecommendationV1(new RecommendationV1.PackRef(packId, "1.0.0"), new LevelV1("SPECIALIST", 4, "Specialist"),
                rag, List.of("STRATEGY_DISCUSSION"), List.of(), List.of(), false, List.of(), "Specialist: update " + number);
        Instant previous = decisionDueAt;
        if (!raised.isEmpty() && dueAt != null) {
            decisionDueAt = dueAt;
        }
        return publish(Topics.TRIAGE, io.frontdoor.kernel.event.triage.UpdateEvaluatedV1.TYPE,
                new io.frontdoor.kernel.event.triage.UpdateEvaluatedV1(contactId, number, List.of("concerns.narrative"), "police.system",
                        raised, recommendation, null, rag, decisionDueAt, previous, triageStatus));
    }

    public ContactStory updateAlert(int number, List<String> raised, String worker) {
        return publish(Topics.TRIAGE, io.frontdoor.kernel.event.triage.UpdateAlertV1.TYPE, new io.frontdoor.kernel.event.triage.UpdateAlertV1(
                contactId, number, raised, worker == null ? "QUEUE" : "WORKER", worker, "Update " + number + " raised the risk."));
    }

    public ContactStory flaggedForReview(int number, List<String> raised, String worker) {
        return publish(Topics.TRIAGE, io.frontdoor.kernel.event.triage.FlaggedForReviewV1.TYPE,
                new io.frontdoor.kernel.event.triage.FlaggedForReviewV1(contactId, number, raised, "DECIDED", worker,
                        "Update " + number + " raised the routes after the decision: review it."));
    }

    public ContactStory reviewed(List<Integer> updates, String outcome, String worker) {
        return publish(Topics.TRIAGE, io.frontdoor.kernel.event.triage.DecisionReviewedV1.TYPE,
                new io.frontdoor.kernel.event.triage.DecisionReviewedV1(contactId, updates, outcome, "the plan already covers it", worker,
                        null));
    }

    private ContactSubmission submission(String narrative) {
        return ContactSubmission.builder().packId(packId).externalReference("REF-" + contactId).channel(Channel.PARTNER_API)
                .receivedAt(receivedAt)
                .referrer(new ContactSubmission.Referrer(AgencyType.valueOf(agencyType), agencyName, "A Referrer", "officer", null, null,
                        service))
                .children(submittedChildren).adults(adults).concerns(new ContactSubmission.Concerns(List.of(), narrative))
                .allegationAgainstPersonInPositionOfTrust(false).immediateDanger(false)
                .consent(new ContactSubmission.Consent(io.frontdoor.kernel.contact.ConsentStatus.GIVEN, null)).knownToServices(false)
                .build();
    }

    private static final ContactSubmission.Address ADDRESS = new ContactSubmission.Address("1 Example Row", null, null, "LU1 2BQ");

    public ContactStory opened(String rag, Duration decisionTime) {
        decisionDueAt = receivedAt.plus(decisionTime);
        var recommendation = new RecommendationV1(new RecommendationV1.PackRef(packId, "1.0.0"),
                new LevelV1("TARGETED", 3, "Targeted"), rag, List.of("SECTION_17_ASSESSMENT"),
                List.of(new RecommendationV1.MatchedIndicator(packId + ".l3.example", 3, "PARENTING_CAPACITY")),
                List.of(new RecommendationV1.TriggeredRule("highest-indicator", "the highest indicator sets the floor")),
                true, List.of(), "Targeted: the highest indicator is at level 3");
        return publish(Topics.TRIAGE, TriageOpenedV1.TYPE, new TriageOpenedV1(contactId, packId, List.copyOf(children), receivedAt,
                agencyType, agencyName, "REF-" + contactId, "PARTNER_API", recommendation, rag, decisionDueAt, false));
    }

    /** Triage opened with each child's own recommendation: {@code perChild} as {"TARGETED:AMBER:SECTION_17_ASSESSMENT", ...}. */
    public ContactStory openedPerChild(String rag, Duration decisionTime, String... perChild) {
        decisionDueAt = receivedAt.plus(decisionTime);
        List<RecommendationV1.ChildRecommendation> each = new ArrayList<>();
        for (int i = 0; i < perChild.length; i++) {
            String[] parts = perChild[i].split(":");
            each.add(new RecommendationV1.ChildRecommendation(i, children.get(i).givenName(), level(parts[0]), parts[1], List.of(parts[2]),
                    false, List.of(), List.of(), children.get(i).givenName() + ": synthetic"));
        }
        String highest = each.stream().map(child -> child.level()).max(java.util.Comparator.comparingInt(LevelV1::rank)).orElseThrow().code();
        var recommendation = new RecommendationV1(new RecommendationV1.PackRef(packId, "1.0.0"), level(highest), rag,
                each.stream().flatMap(child -> child.routes().stream()).distinct().toList(), List.of(), List.of(), false, List.of(),
                "synthetic", each);
        return publish(Topics.TRIAGE, TriageOpenedV1.TYPE, new TriageOpenedV1(contactId, packId, List.copyOf(children), receivedAt,
                agencyType, agencyName, "REF-" + contactId, "PARTNER_API", recommendation, rag, decisionDueAt, false));
    }

    /** A decision varied per child: {@code perChild} as {"SPECIALIST:STRATEGY_DISCUSSION:NONE", "ADDITIONAL:EARLY_HELP:DOWN", ...}. */
    public ContactStory decidedPerChild(boolean needsAuthorisation, String... perChild) {
        decisionId = contactId + "-decision-" + (++decisions);
        List<DecisionRecordedV1.ChildDecision> each = new ArrayList<>();
        for (int i = 0; i < perChild.length; i++) {
            String[] parts = perChild[i].split(":");
            boolean accepted = !List.of("EARLY_HELP", "ADVICE_AND_SIGNPOSTING").contains(parts[1]);
            each.add(new DecisionRecordedV1.ChildDecision(i, children.get(i).givenName(), level(parts[0]), List.of(parts[1]),
                    "synthetic rationale for " + children.get(i).givenName(), parts[2], !"NONE".equals(parts[2]) && needsAuthorisation,
                    null, accepted));
        }
        LevelV1 highest = each.stream().map(DecisionRecordedV1.ChildDecision::level).max(java.util.Comparator.comparingInt(LevelV1::rank))
                .orElseThrow();
        return publish(Topics.TRIAGE, DecisionRecordedV1.TYPE, new DecisionRecordedV1(contactId, decisionId, highest,
                each.stream().flatMap(child -> child.routes().stream()).distinct().toList(), "synthetic rationale", "worker.one", "NONE",
                needsAuthorisation, needsAuthorisation ? "override downwards" : null,
                each.stream().anyMatch(DecisionRecordedV1.ChildDecision::acceptedForSocialCare), false, each));
    }

    /** Routed for some children only (by their places in the contact). */
    public ContactStory routedFor(String route, Integer... childIndexes) {
        List<Integer> indexes = List.of(childIndexes);
        return publish(Topics.TRIAGE, ContactRoutedV1.TYPE, new ContactRoutedV1(contactId, route, route.toLowerCase(), Map.of(), null,
                indexes, indexes.stream().map(i -> children.get(i).givenName()).toList()));
    }

    private static LevelV1 level(String code) {
        return new LevelV1(code, rank(code), code.charAt(0) + code.substring(1).toLowerCase());
    }

    public ContactStory linked(int childIndex, String childId) {
        return publish(Topics.TRIAGE, ContactLinkedToChildV1.TYPE,
                new ContactLinkedToChildV1(contactId, childIndex, childId, "NHS_NUMBER", 0, false, "LINKED", null));
    }

    /** Triage's index matched the NHS number but the rest disagrees. */
    public ContactStory possiblyLinked(int childIndex, String childId, String reason) {
        return publish(Topics.TRIAGE, ContactLinkedToChildV1.TYPE,
                new ContactLinkedToChildV1(contactId, childIndex, childId, "NHS_NUMBER", 0, false, "POSSIBLE", reason));
    }

    public ContactStory linkReviewed(int childIndex, String childId, boolean confirmed) {
        return publish(Topics.TRIAGE, ChildLinkReviewedV1.TYPE,
                new ChildLinkReviewedV1(contactId, childIndex, childId, confirmed, "worker.reviewer"));
    }

    public ContactStory allocated(String worker) {
        return publish(Topics.TRIAGE, TriageAllocatedV1.TYPE, new TriageAllocatedV1(contactId, worker, "manager.one", null));
    }

    public ContactStory checkRequested(String checkId, String agency, Duration dueIn) {
        return publish(Topics.TRIAGE, PartnerCheckRequestedV1.TYPE,
                new PartnerCheckRequestedV1(contactId, checkId, agency, now.plus(dueIn), "worker.one"));
    }

    public ContactStory checkAnswered(String checkId, String agency) {
        return publish(Topics.TRIAGE, PartnerCheckRespondedV1.TYPE, new PartnerCheckRespondedV1(contactId, checkId, agency, "worker.one"));
    }

    /** {@code override}: NONE, UP, DOWN or ROUTES_ONLY. */
    public ContactStory decided(String levelCode, List<String> routes, String override, boolean needsAuthorisation, boolean accepted) {
        return decision(levelCode, routes, override, needsAuthorisation, accepted, false);
    }

    public ContactStory revised(String levelCode, List<String> routes) {
        return decision(levelCode, routes, "NONE", false, true, true);
    }

    private ContactStory decision(String levelCode, List<String> routes, String override, boolean needsAuthorisation,
                                  boolean accepted, boolean revision) {
        decisionId = contactId + "-decision-" + (++decisions);
        return publish(Topics.TRIAGE, DecisionRecordedV1.TYPE, new DecisionRecordedV1(contactId, decisionId,
                new LevelV1(levelCode, rank(levelCode), levelCode.charAt(0) + levelCode.substring(1).toLowerCase()), routes,
                "synthetic rationale", "worker.one", override, needsAuthorisation, needsAuthorisation ? "override downwards" : null,
                accepted, revision));
    }

    public ContactStory authorised() {
        return publish(Topics.TRIAGE, DecisionAuthorisedV1.TYPE, new DecisionAuthorisedV1(contactId, decisionId, "manager.one"));
    }

    public ContactStory returned(String reason) {
        return publish(Topics.TRIAGE, DecisionReturnedV1.TYPE, new DecisionReturnedV1(contactId, decisionId, "manager.one", reason));
    }

    public ContactStory routed(String route, Instant dueAt) {
        Map<String, String> details = "EARLY_HELP".equals(route) ? Map.of("locality", "LU1") : Map.of();
        return publish(Topics.TRIAGE, ContactRoutedV1.TYPE, new ContactRoutedV1(contactId, route, route.toLowerCase(), details, dueAt));
    }

    public ContactStory strategyOutcome(boolean section47) {
        return publish(Topics.TRIAGE, StrategyDiscussionOutcomeV1.TYPE,
                new StrategyDiscussionOutcomeV1(contactId, section47, "police, health, education", "worker.one"));
    }

    public ContactStory earlyHelpStarted(String locality) {
        return publish(Topics.TRIAGE, EarlyHelpEpisodeV1.TYPE, new EarlyHelpEpisodeV1("eh-" + contactId, contactId, locality, null));
    }

    public ContactStory earlyHelpMilestone(String milestone) {
        return publish(Topics.TRIAGE, EarlyHelpMilestoneV1.TYPE,
                new EarlyHelpMilestoneV1("eh-" + contactId, contactId, milestone, "lead.professional"));
    }

    public ContactStory feedbackDue(String kind, Instant dueAt) {
        return publish(Topics.TRIAGE, FeedbackDueV1.TYPE, new FeedbackDueV1(contactId, kind, dueAt));
    }

    public ContactStory feedback(String kind, String message) {
        return publish(Topics.TRIAGE, FeedbackSentV1.TYPE, new FeedbackSentV1(contactId, kind, "EMAIL", "worker.one", message));
    }

    public ContactStory deadlinePassed(String deadline, String reference, Instant dueAt) {
        return publish(Topics.TRIAGE, DeadlinePassedV1.TYPE, new DeadlinePassedV1(contactId, deadline, reference, dueAt, now, "MANAGER"));
    }

    public ContactStory closed(String outcome) {
        return publish(Topics.TRIAGE, TriageClosedV1.TYPE, new TriageClosedV1(contactId, outcome));
    }

    public ContactStory closedBy(String reason, String worker, String duplicateOf) {
        return publish(Topics.TRIAGE, TriageClosedV1.TYPE, new TriageClosedV1(contactId, reason, worker, duplicateOf, null));
    }

    public ContactStory daScheduled(String meetingId, Instant meetingAt, String rolledOverFrom) {
        return publish(Topics.TRIAGE, DaTriageItemScheduledV1.TYPE,
                new DaTriageItemScheduledV1(contactId, meetingId, meetingAt, "MEDIUM", rolledOverFrom));
    }

    public ContactStory daDecided(String meetingId, List<String> routes) {
        return publish(Topics.TRIAGE, DaTriageItemDecidedV1.TYPE,
                new DaTriageItemDecidedV1(contactId, meetingId, routes, "synthetic rationale", List.of("POLICE", "HEALTH")));
    }

    public ContactStory escalationRaised(String escalationId, String role, Instant stageDueAt) {
        return publish(Topics.TRIAGE, EscalationRaisedV1.TYPE, new EscalationRaisedV1(escalationId, contactId, "A Referrer",
                agencyName, "we think the threshold is met", "HIGH", 1, role, stageDueAt));
    }

    /** Raised by someone of this kind of agency (as triage records it: the agency type, e.g. EDUCATION). */
    public ContactStory escalationRaisedBy(String escalationId, String agency, String role, Instant stageDueAt) {
        return publish(Topics.TRIAGE, EscalationRaisedV1.TYPE, new EscalationRaisedV1(escalationId, contactId, "a.referrer",
                agency, "we think the threshold is met", "STANDARD", 1, role, stageDueAt));
    }

    /** {@code outcome}: UPHELD, DECISION_CHANGED, AGREEMENT_REACHED, or ESCALATED to {@code nextStage}. */
    public ContactStory escalationStage(String escalationId, int stage, String role, String outcome, Integer nextStage,
                                        String nextRole, Instant nextDueAt, boolean overdue) {
        return publish(Topics.TRIAGE, EscalationStageRecordedV1.TYPE, new EscalationStageRecordedV1(escalationId, contactId, stage,
                role, outcome, overdue ? "front door (time limit passed)" : role.toLowerCase().replace(' ', '.'), "synthetic note",
                nextStage, nextRole, nextDueAt, overdue));
    }

    private ContactStory publish(String topic, String type, Object payload) {
        EventEnvelope envelope = new EventEnvelope(contactId + ":" + (events.size() + 1), type, 1, contactId, now,
                EventEnvelopes.toTree(payload));
        events.add(IncomingEvent.of(topic, envelope));
        return this;
    }

    private static int rank(String levelCode) {
        return switch (levelCode) {
            case "UNIVERSAL" -> 1;
            case "ADDITIONAL" -> 2;
            case "TARGETED" -> 3;
            default -> 4;
        };
    }
}
