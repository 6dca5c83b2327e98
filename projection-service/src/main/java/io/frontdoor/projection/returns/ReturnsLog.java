package io.frontdoor.projection.returns;

import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ReferralSource;
import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.triage.EarlyHelpEpisodeV1;
import io.frontdoor.kernel.event.triage.EarlyHelpMilestoneV1;
import io.frontdoor.kernel.event.triage.StrategyDiscussionOutcomeV1;
import io.frontdoor.projection.contact.ContactCase;
import io.frontdoor.projection.contact.ContactCaseView;
import io.frontdoor.projection.contact.Decision;
import io.frontdoor.projection.contact.LondonTime;
import io.frontdoor.projection.dashboard.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what the returns need from the event log and the views: the contacts received in a period and the twelve
 * months before it (for the "in the last 12 months" counts), each with its children's codes as the referrer gave them
 * ({@code ContactReceived}), the child each was linked to ({@code chronology}), its decisions and allocation
 * ({@code contacts}), and its strategy discussion and early-help events.
 */
@Component
public class ReturnsLog {

    /** Routes after which children's social care assesses or enquires: a referral with none of them is "no further action". */
    static final Set<RouteCode> ACTION_ROUTES = EnumSet.of(RouteCode.SECTION_17_ASSESSMENT, RouteCode.SECTION_47_ENQUIRY,
            RouteCode.STRATEGY_DISCUSSION, RouteCode.PRIVATE_FOSTERING_ASSESSMENT, RouteCode.ACCOMMODATION_ASSESSMENT,
            RouteCode.EMERGENCY_DUTY_TEAM);
    static final String PLAN_DISTRIBUTED = "PLAN_DISTRIBUTED";

    private final JdbcTemplate jdbc;

    public ReturnsLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Contacts received from twelve months before {@code from} to {@code to} (London dates), oldest first. */
    public List<ReturnsContact> contacts(LocalDate from, LocalDate to, String pack) {
        ReportingPeriod window = new ReportingPeriod(from.minusMonths(12), to, pack);
        List<ContactCase> cases = jdbc.query("SELECT state::text FROM contact_case c WHERE " + window.contacts("c")
                        + " ORDER BY c.received_at, c.id", (rs, i) -> ContactCaseView.TABLE.read(rs.getString(1)),
                window.arguments().toArray());
        String[] ids = cases.stream().map(ContactCase::contactId).toArray(String[]::new);
        Map<String, ContactSubmission> submissions = submissions(ids);
        Map<String, String> links = links(ids);
        Map<String, Facts> facts = facts(ids);
        List<ReturnsContact> contacts = new ArrayList<>();
        for (ContactCase contact : cases) {
            ContactSubmission submission = submissions.get(contact.contactId());
            Facts known = facts.getOrDefault(contact.contactId(), new Facts());
            contacts.add(new ReturnsContact(contact.contactId(), contact.packId(), LondonTime.dateOf(contact.receivedAt()),
                    source(contact, submission), children(contact, submission, links), referral(contact, known),
                    known.section47StartedAt == null ? null : LondonTime.dateOf(known.section47StartedAt), earlyHelp(known)));
        }
        return contacts;
    }

    private static ReferralSource source(ContactCase contact, ContactSubmission submission) {
        if (submission != null && submission.referrer() != null) {
            return submission.referrer().referralSource();
        }
        return ReferralSource.of(contact.referrerAgency() == null ? null : AgencyType.valueOf(contact.referrerAgency()), null);
    }

    private static List<ReturnsChild> children(ContactCase contact, ContactSubmission submission, Map<String, String> links) {
        List<ReturnsChild> children = new ArrayList<>();
        if (submission != null) {
            for (int i = 0; i < submission.children().size(); i++) {
                var child = submission.children().get(i);
                children.add(new ReturnsChild(childId(contact, i, links), child.gender(), child.ethnicity(), child.disabilities(),
                        child.dateOfBirth(), child.expectedDateOfBirth()));
            }
            return children;
        }
        for (int i = 0; i < contact.children().size(); i++) {
            var child = contact.children().get(i);
            children.add(new ReturnsChild(childId(contact, i, links), null, null, null, child.dateOfBirth(), child.expectedDateOfBirth()));
        }
        return children;
    }

    /** The linked child's id; while triage has not linked (or a worker undid the link), the contact and position. */
    private static String childId(ContactCase contact, int index, Map<String, String> links) {
        return links.getOrDefault(contact.contactId() + "/" + index, contact.contactId() + "/" + index);
    }

    /**
     * A referral: the standing decision accepts the contact for a social-care response (and is not waiting for a manager);
     * its date is that of the first such decision (its authorisation, when it needed one).
     */
    private static ReturnsContact.Referral referral(ContactCase contact, Facts known) {
        Decision standing = contact.decision();
        if (standing == null || !standing.acceptedForSocialCare() || "PENDING".equals(standing.authorisation())) {
            return null;
        }
        Instant acceptedAt = contact.decisions().stream()
                .filter(d -> d.acceptedForSocialCare() && ("NOT_REQUIRED".equals(d.authorisation()) || "AUTHORISED".equals(d.authorisation())))
                .map(d -> "AUTHORISED".equals(d.authorisation()) ? d.authorisationAt() : d.recordedAt())
                .findFirst().orElse(standing.recordedAt());
        List<RouteCode> actions = new ArrayList<>(standing.routes().stream().flatMap(route -> RouteCode.parse(route).stream())
                .filter(ACTION_ROUTES::contains).toList());
        if (Boolean.FALSE.equals(known.section47Enquiry)) {
            actions.remove(RouteCode.STRATEGY_DISCUSSION);
        }
        return new ReturnsContact.Referral(LondonTime.dateOf(acceptedAt), actions.isEmpty(), contact.allocatedTo());
    }

    private static ReturnsContact.EarlyHelp earlyHelp(Facts known) {
        if (known.earlyHelpStartedAt == null) {
            return null;
        }
        return new ReturnsContact.EarlyHelp(LondonTime.dateOf(known.earlyHelpStartedAt),
                known.planDistributedAt == null ? null : LondonTime.dateOf(known.planDistributedAt),
                known.locality == null || known.locality.isBlank() ? "Early help" : "Early help locality " + known.locality);
    }

    private Map<String, ContactSubmission> submissions(String[] ids) {
        Map<String, ContactSubmission> submissions = new HashMap<>();
        jdbc.query("SELECT contact_id, payload::text FROM event_log WHERE event_type = ? AND contact_id = ANY (?) ORDER BY seq",
                rs -> {
                    submissions.putIfAbsent(rs.getString(1),
                            EventEnvelopes.JSON.readValue(rs.getString(2), ContactReceivedV1.class).submission());
                }, ContactReceivedV1.TYPE, ids);
        return submissions;
    }

    private Map<String, String> links(String[] ids) {
        Map<String, String> links = new HashMap<>();
        jdbc.query("SELECT state->>'contactId', (state->>'childIndex')::int, child_id FROM child_link WHERE linked AND contact_id = ANY (?)",
                rs -> {
                    links.put(rs.getString(1) + "/" + rs.getInt(2), rs.getString(3));
                }, (Object) ids);
        return links;
    }

    /** The strategy discussion's outcome and the early-help episode, as their events say, per contact. */
    private Map<String, Facts> facts(String[] ids) {
        Map<String, Facts> facts = new HashMap<>();
        jdbc.query("""
                SELECT contact_id, event_type, occurred_at, payload::text FROM event_log
                WHERE event_type IN (?, ?, ?) AND contact_id = ANY (?) ORDER BY seq""", rs -> {
            Facts known = facts.computeIfAbsent(rs.getString(1), id -> new Facts());
            Instant at = rs.getTimestamp(3).toInstant();
            String payload = rs.getString(4);
            switch (rs.getString(2)) {
                case StrategyDiscussionOutcomeV1.TYPE -> {
                    boolean section47 = EventEnvelopes.JSON.readValue(payload, StrategyDiscussionOutcomeV1.class).section47Enquiry();
                    known.section47Enquiry = section47;
                    if (section47 && known.section47StartedAt == null) {
                        known.section47StartedAt = at;
                    }
                }
                case EarlyHelpEpisodeV1.TYPE -> {
                    var episode = EventEnvelopes.JSON.readValue(payload, EarlyHelpEpisodeV1.class);
                    if (episode.outcome() == null && known.earlyHelpStartedAt == null) {
                        known.earlyHelpStartedAt = at;
                        known.locality = episode.locality();
                    }
                }
                case EarlyHelpMilestoneV1.TYPE -> {
                    var milestone = EventEnvelopes.JSON.readValue(payload, EarlyHelpMilestoneV1.class);
                    if (PLAN_DISTRIBUTED.equals(milestone.milestone()) && known.planDistributedAt == null) {
                        known.planDistributedAt = at;
                    }
                }
                default -> { }
            }
        }, StrategyDiscussionOutcomeV1.TYPE, EarlyHelpEpisodeV1.TYPE, EarlyHelpMilestoneV1.TYPE, ids);
        return facts;
    }

    private static final class Facts {
        Boolean section47Enquiry;
        Instant section47StartedAt;
        Instant earlyHelpStartedAt;
        String locality;
        Instant planDistributedAt;
    }
}
