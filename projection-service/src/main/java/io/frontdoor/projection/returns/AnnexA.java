package io.frontdoor.projection.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ofsted's Annex A lists the front door can fill, for a period (London dates, inclusive), from {@link ReturnsContact}s
 * that include the twelve months before it. One row per child: a contact about three children is three rows.
 * Headers are the template's, in its order (liia-tools {@code Annex_A_schema.yml}; "Date of Referral" as the template
 * workbook spells it).
 */
public final class AnnexA {

    public record Sheet(String name, List<String> headers, List<List<Object>> rows) {
    }

    static final List<String> CHILD = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)");
    static final String FRONT_DOOR_TEAM = "Front door (MASH)";

    private final List<ReturnsContact> contacts;
    private final LocalDate from;
    private final LocalDate to;

    public AnnexA(List<ReturnsContact> contacts, LocalDate from, LocalDate to) {
        this.contacts = contacts;
        this.from = from;
        this.to = to;
    }

    public List<Sheet> sheets() {
        return List.of(contacts(), earlyHelp(), referrals(), section47());
    }

    /** List 1: every contact received in the period, one row per child. */
    Sheet contacts() {
        List<List<Object>> rows = new ArrayList<>();
        for (ReturnsContact contact : contacts) {
            if (within(contact.receivedOn())) {
                for (ReturnsChild child : contact.children()) {
                    rows.add(row(child, contact.receivedOn(), contact.receivedOn(), AnnexACodes.source(contact.source())));
                }
            }
        }
        return new Sheet("List 1", headers("Date of Contact", "Contact Source"), rows);
    }

    /** List 2: early-help episodes started in the period after a step-down; the assessment is complete when its plan is recorded. */
    Sheet earlyHelp() {
        List<List<Object>> rows = new ArrayList<>();
        for (ReturnsContact contact : contacts) {
            var episode = contact.earlyHelp();
            if (episode != null && within(episode.startedOn())) {
                for (ReturnsChild child : contact.children()) {
                    rows.add(row(child, episode.startedOn(), episode.startedOn(), episode.assessmentCompletedOn(), episode.organisation()));
                }
            }
        }
        return new Sheet("List 2", headers("Assessment start date", "Assessment completion date", "Organisation completing assessment"), rows);
    }

    /** List 3: contacts accepted for a social-care response in the period, with each child's earlier referrals in the 12 months before. */
    Sheet referrals() {
        List<Occurrence> referrals = occurrences(contact -> contact.referral() == null ? null : contact.referral().on());
        Map<String, List<Occurrence>> byChild = byChild(referrals);
        List<List<Object>> rows = new ArrayList<>();
        for (Occurrence referral : referrals) {
            if (within(referral.on())) {
                var accepted = referral.contact().referral();
                rows.add(row(referral.child(), referral.on(), referral.on(), AnnexACodes.source(referral.contact().source()),
                        AnnexACodes.yesNo(accepted.noFurtherAction()), inTwelveMonthsBefore(referral, byChild),
                        FRONT_DOOR_TEAM, accepted.allocatedWorker()));
            }
        }
        return new Sheet("List 3", headers("Date of Referral", "Referral Source", "Referral NFA?",
                "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"), rows);
    }

    /**
     * List 5: section 47 enquiries a strategy discussion started in the period. The front door does not hold the initial
     * child protection conference: those columns stay empty.
     */
    Sheet section47() {
        List<Occurrence> enquiries = occurrences(ReturnsContact::section47StartedOn);
        Map<String, List<Occurrence>> byChild = byChild(enquiries);
        List<List<Object>> rows = new ArrayList<>();
        for (Occurrence enquiry : enquiries) {
            if (within(enquiry.on())) {
                var referral = enquiry.contact().referral();
                List<Object> row = row(enquiry.child(), enquiry.on(), AnnexACodes.disability(enquiry.child()), enquiry.on(),
                        null, null, null, inTwelveMonthsBefore(enquiry, byChild), null,
                        FRONT_DOOR_TEAM, referral == null ? null : referral.allocatedWorker());
                rows.add(row);
            }
        }
        return new Sheet("List 5", headers("Does the Child have a Disability",
                "Strategy discussion initiating Section 47 Enquiry Start Date",
                "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
                "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months",
                "Allocated Team", "Allocated Worker"), rows);
    }

    /** One child's part in a dated event of a contact (a referral, an enquiry), in date order. */
    record Occurrence(ReturnsContact contact, ReturnsChild child, LocalDate on, int order) {
    }

    private List<Occurrence> occurrences(Function<ReturnsContact, LocalDate> dateOf) {
        List<Occurrence> all = new ArrayList<>();
        for (ReturnsContact contact : contacts) {
            LocalDate on = dateOf.apply(contact);
            if (on != null) {
                contact.children().forEach(child -> all.add(new Occurrence(contact, child, on, all.size())));
            }
        }
        return all;
    }

    /** The same child's occurrences in the twelve months before this one (not counting it): 1 or more is a re-referral. */
    private static int inTwelveMonthsBefore(Occurrence occurrence, Map<String, List<Occurrence>> byChild) {
        LocalDate since = occurrence.on().minusMonths(12);
        return (int) byChild.get(occurrence.child().childId()).stream()
                .filter(o -> o != occurrence && !o.contact().contactId().equals(occurrence.contact().contactId()))
                .filter(o -> !o.on().isBefore(since))
                .filter(o -> o.on().isBefore(occurrence.on()) || (o.on().equals(occurrence.on()) && o.order() < occurrence.order()))
                .count();
    }

    private static Map<String, List<Occurrence>> byChild(List<Occurrence> all) {
        return all.stream().collect(Collectors.groupingBy(o -> o.child().childId()));
    }

    private boolean within(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static List<String> headers(String... rest) {
        List<String> headers = new ArrayList<>(CHILD);
        headers.addAll(Arrays.asList(rest));
        return headers;
    }

    /** The child's five columns (age on {@code ageOn}), then the list's own. */
    private static List<Object> row(ReturnsChild child, LocalDate ageOn, Object... rest) {
        List<Object> row = new ArrayList<>(Arrays.asList(child.childId(), AnnexACodes.gender(child), AnnexACodes.ethnicity(child),
                child.dateOfBirth(), child.ageOn(ageOn)));
        row.addAll(Arrays.asList(rest));
        return row;
    }
}
