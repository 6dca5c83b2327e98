package io.frontdoor.projection.chronology;

import io.frontdoor.kernel.event.triage.ChildSummary;
import io.frontdoor.projection.chronology.ChildChronology.ContactEntry;
import io.frontdoor.projection.chronology.ChildChronology.HouseholdAdult;
import io.frontdoor.projection.chronology.ChildChronology.Sibling;
import io.frontdoor.projection.contact.ChildView;
import io.frontdoor.projection.contact.LondonTime;
import io.frontdoor.projection.contact.ContactCase;
import io.frontdoor.projection.contact.ContactCaseView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Builds a child's chronology from the chronology view's links and the contacts view. */
@Component
public class ChronologyQuery {

    static final Duration RECONTACT_WINDOW = Duration.ofDays(365);

    private final JdbcTemplate jdbc;

    public ChronologyQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ChildChronology> of(String childId, Instant now) {
        List<ChildLink> links = links("child_id = ? AND linked", childId);
        if (links.isEmpty()) {
            return Optional.empty();
        }
        String[] contactIds = links.stream().map(ChildLink::contactId).toArray(String[]::new);
        Map<String, ContactCase> contacts = jdbc.query("SELECT state::text FROM contact_case WHERE id = ANY (?)",
                        (rs, i) -> ContactCaseView.TABLE.read(rs.getString(1)), (Object) contactIds).stream()
                .collect(Collectors.toMap(ContactCase::contactId, Function.identity()));
        LocalDate today = LondonTime.dateOf(now);

        List<ChildLink> ordered = links.stream().filter(link -> contacts.containsKey(link.contactId()))
                .sorted(Comparator.comparing((ChildLink link) -> contacts.get(link.contactId()).receivedAt(),
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<ChildLink> definite = ordered.stream().filter(link -> !link.possible()).toList();
        List<ContactEntry> entries = new ArrayList<>();
        Instant previous = null;
        for (ChildLink link : ordered) {
            ContactCase contact = contacts.get(link.contactId());
            entries.add(entry(link, contact, link.possible() ? null : previous, today));
            if (!link.possible() && contact.receivedAt() != null) {
                previous = contact.receivedAt();
            }
        }
        List<String> names = definite.stream().map(link -> childAt(contacts.get(link.contactId()), link.childIndex(), today))
                .filter(java.util.Objects::nonNull).map(ChildView::name).distinct().toList();
        List<ChildLink> named = definite.isEmpty() ? ordered : definite;
        ChildLink latest = named.isEmpty() ? null : named.get(named.size() - 1);
        ChildView child = latest == null ? null : childAt(contacts.get(latest.contactId()), latest.childIndex(), today);
        String[] definiteContacts = definite.stream().map(ChildLink::contactId).toArray(String[]::new);
        return Optional.of(new ChildChronology(childId, child == null ? null : child.name(), names, child == null ? null : child.age(),
                (int) entries.stream().filter(ContactEntry::recontactWithin12Months).count(), entries,
                siblings(childId, definiteContacts, contacts, today), household(definite, contacts)));
    }

    private static ContactEntry entry(ChildLink link, ContactCase contact, Instant previous, LocalDate today) {
        boolean recontact = previous != null && contact.receivedAt() != null
                && !contact.receivedAt().isAfter(previous.plus(RECONTACT_WINDOW));
        return new ContactEntry(contact.contactId(), contact.receivedAt(), contact.referrerAgency(), contact.referrerAgencyName(),
                childAt(contact, link.childIndex(), today), link.matchedBy(), link.linkStatus(), link.reason(), link.review(),
                contact.rag(), contact.status().name(), recontact, previous,
                contact.decisions(), contact.routes(), contact.section47Enquiry(), contact.closedAt(), contact.outcome());
    }

    private List<Sibling> siblings(String childId, String[] contactIds, Map<String, ContactCase> contacts, LocalDate today) {
        Map<String, List<ChildLink>> byChild = new LinkedHashMap<>();
        links("contact_id = ANY (?) AND linked AND child_id <> ?", contactIds, childId).stream()
                .filter(link -> contacts.containsKey(link.contactId()) && !link.possible())
                .forEach(link -> byChild.computeIfAbsent(link.childId(), id -> new ArrayList<>()).add(link));
        return byChild.entrySet().stream().map(sibling -> {
            ChildLink latest = sibling.getValue().get(sibling.getValue().size() - 1);
            ChildView view = childAt(contacts.get(latest.contactId()), latest.childIndex(), today);
            return new Sibling(sibling.getKey(), view == null ? null : view.name(), view == null ? null : view.age(),
                    sibling.getValue().stream().map(ChildLink::contactId).distinct().toList());
        }).toList();
    }

    private static List<HouseholdAdult> household(List<ChildLink> ordered, Map<String, ContactCase> contacts) {
        Map<ContactCase.Adult, List<String>> adults = new LinkedHashMap<>();
        ordered.forEach(link -> contacts.get(link.contactId()).adults()
                .forEach(adult -> adults.computeIfAbsent(adult, a -> new ArrayList<>()).add(link.contactId())));
        return adults.entrySet().stream()
                .map(adult -> new HouseholdAdult(adult.getKey().name(), adult.getKey().relationship(), adult.getValue())).toList();
    }

    private static ChildView childAt(ContactCase contact, int index, LocalDate today) {
        List<ChildSummary> children = contact.children();
        return index < children.size() ? ChildView.of(children.get(index), today) : null;
    }

    private List<ChildLink> links(String condition, Object... args) {
        return jdbc.query("SELECT state::text FROM child_link WHERE " + condition + " ORDER BY id",
                (rs, i) -> ChildLinkView.TABLE.read(rs.getString(1)), args);
    }
}
