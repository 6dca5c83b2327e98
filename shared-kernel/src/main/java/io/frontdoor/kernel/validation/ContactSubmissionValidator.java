package io.frontdoor.kernel.validation;

import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Child;
import io.frontdoor.kernel.contact.Disability;
import io.frontdoor.kernel.contact.IndicatorCatalogue;
import io.frontdoor.kernel.contact.NhsNumber;
import io.frontdoor.kernel.contact.Postcode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules every way in (REST, partner feeds) holds a contact to. Reports every field at fault, not just the first. */
public final class ContactSubmissionValidator {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int MAX_NAME = TextLimits.NAME;
    static final int MAX_REFERENCE = TextLimits.IDENTIFIER;
    static final int MAX_NARRATIVE = TextLimits.REFERRAL_NARRATIVE;
    static final int MAX_TEXT = TextLimits.REFERRAL_TEXT;
    static final int MAX_INDICATORS = TextLimits.LIST_ITEMS;
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;
    private final IndicatorCatalogue indicators;

    /**
     * @param indicators the packs a contact may name (those {@code packs/packs.txt} lists) and their indicator ids: a
     *                   ticked indicator must be one of the named pack's
     */
    public ContactSubmissionValidator(Clock clock, IndicatorCatalogue indicators) {
        this.clock = clock;
        this.indicators = indicators;
    }

    public void check(ContactSubmission submission) {
        List<Violation> violations = validate(submission);
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
    }

    public List<Violation> validate(ContactSubmission s) {
        List<Violation> v = new ArrayList<>();
        if (s.packId() == null || s.packId().isBlank()) {
            v.add(new Violation("packId", "is required"));
        } else if (!indicators.hasPack(s.packId())) {
            v.add(new Violation("packId", "unknown pack; known: " + indicators.packIds().stream().sorted().toList()));
        }
        maxLength(v, "externalReference", s.externalReference(), MAX_REFERENCE);
        if (s.receivedAt() != null && s.receivedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            v.add(new Violation("receivedAt", "is in the future"));
        }
        if (s.referrer() == null) {
            v.add(new Violation("referrer", "is required"));
        } else {
            if (s.referrer().agencyType() == null) {
                v.add(new Violation("referrer.agencyType", "is required"));
            }
            maxLength(v, "referrer.agencyName", s.referrer().agencyName(), MAX_NAME);
            maxLength(v, "referrer.name", s.referrer().name(), MAX_NAME);
            maxLength(v, "referrer.role", s.referrer().role(), MAX_NAME);
            maxLength(v, "referrer.phone", s.referrer().phone(), TextLimits.PHONE);
            maxLength(v, "referrer.email", s.referrer().email(), MAX_TEXT);
            var service = s.referrer().service();
            if (service != null && s.referrer().agencyType() != null && !service.fits(s.referrer().agencyType())) {
                v.add(new Violation("referrer.service", service + " is not a service of agencyType " + s.referrer().agencyType()
                        + "; it fits " + service.agencies().stream().map(Enum::name).sorted().toList()));
            }
        }
        if (s.children().isEmpty()) {
            v.add(new Violation("children", "at least one child is required"));
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        for (int i = 0; i < s.children().size(); i++) {
            checkChild(v, "children[" + i + "]", s.children().get(i), today);
            checkReceivedAfterBirth(v, "children[" + i + "]", s.children().get(i), s, today);
        }
        for (int i = 0; i < s.adults().size(); i++) {
            var adult = s.adults().get(i);
            String at = "adults[" + i + "]";
            if (adult == null) {
                v.add(new Violation(at, "must not be null"));
                continue;
            }
            if (adult.dateOfBirth() != null && adult.dateOfBirth().isAfter(today)) {
                v.add(new Violation(at + ".dateOfBirth", "is in the future"));
            }
            maxLength(v, at + ".givenName", adult.givenName(), MAX_NAME);
            maxLength(v, at + ".familyName", adult.familyName(), MAX_NAME);
            maxLength(v, at + ".relationship", adult.relationship(), MAX_NAME);
        }
        if (s.concerns() != null) {
            maxLength(v, "concerns.narrative", s.concerns().narrative(), MAX_NARRATIVE);
            checkIndicators(v, "concerns.indicatorIds", s.packId(), s.concerns().indicatorIds());
        }
        for (int i = 0; i < s.children().size(); i++) {
            Child child = s.children().get(i);
            if (child != null) {
                maxLength(v, "children[" + i + "].narrative", child.narrative(), MAX_NARRATIVE);
                checkIndicators(v, "children[" + i + "].indicatorIds", s.packId(), child.indicatorIds());
            }
        }
        if (s.domesticAbuse() != null && s.domesticAbuse().dashRisk() == null) {
            v.add(new Violation("domesticAbuse.dashRisk", "is required for a domestic abuse notification"));
        }
        if (s.domesticAbuse() != null && s.domesticAbuse().incidentAt() != null
                && s.domesticAbuse().incidentAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            v.add(new Violation("domesticAbuse.incidentAt", "is in the future"));
        }
        if (s.domesticAbuse() != null) {
            checkChildrenAtIncident(v, s.domesticAbuse().children(), s.children().size());
        }
        if (s.consent() != null && s.consent().status() == null) {
            v.add(new Violation("consent.status", "is required when consent is given"));
        }
        if (s.consent() != null) {
            maxLength(v, "consent.reasonNotSought", s.consent().reasonNotSought(), MAX_TEXT);
        }
        return v;
    }

    /** A child's own domestic-abuse facts must name one child of the contact, once. */
    private static void checkChildrenAtIncident(List<Violation> v, List<ContactSubmission.ChildAtIncident> children, int childCount) {
        if (children.size() > childCount) {
            v.add(new Violation("domesticAbuse.children", "names more children than the contact has"));
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            String at = "domesticAbuse.children[" + i + "]";
            ContactSubmission.ChildAtIncident child = children.get(i);
            if (child == null || child.childIndex() == null) {
                v.add(new Violation(at + ".childIndex", "is required"));
            } else if (child.childIndex() < 0 || child.childIndex() >= childCount) {
                v.add(new Violation(at + ".childIndex", "names no child of this contact (0 to " + (childCount - 1) + ")"));
            } else if (!seen.add(child.childIndex())) {
                v.add(new Violation(at + ".childIndex", "names a child already given"));
            }
        }
    }

    /** Each ticked indicator must be one the named pack defines: an id the engine does not know would be silently lost. */
    private void checkIndicators(List<Violation> v, String field, String packId, List<String> ids) {
        if (ids.size() > MAX_INDICATORS) {
            v.add(new Violation(field, "has more than " + MAX_INDICATORS + " indicators"));
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String at = field + "[" + i + "]";
            if (id == null || id.isBlank()) {
                v.add(new Violation(at, "is blank"));
            } else if (packId != null && !indicators.hasPack(packId)) {
                v.add(new Violation(at, "cannot be checked: no indicator list for pack '" + packId + "'"));
            } else if (packId != null && !indicators.defines(packId, id)) {
                v.add(new Violation(at, "is not an indicator of pack '" + packId + "'"));
            }
        }
    }

    private void checkChild(List<Violation> v, String at, Child child, LocalDate today) {
        if (child == null) {
            v.add(new Violation(at, "must not be null"));
            return;
        }
        if (child.dateOfBirth() == null && child.expectedDateOfBirth() == null) {
            v.add(new Violation(at + ".dateOfBirth", "is required (or expectedDateOfBirth for an unborn child)"));
        }
        if (child.dateOfBirth() != null && child.dateOfBirth().isAfter(today)) {
            v.add(new Violation(at + ".dateOfBirth", "is in the future; an unborn child has expectedDateOfBirth instead"));
        }
        if (child.dateOfBirth() != null && child.dateOfBirth().isBefore(today.minusYears(25))) {
            v.add(new Violation(at + ".dateOfBirth", "is more than 25 years ago: not a child or care leaver"));
        }
        if (child.dateOfBirth() == null && child.expectedDateOfBirth() != null
                && child.expectedDateOfBirth().isAfter(today.plusMonths(10))) {
            v.add(new Violation(at + ".expectedDateOfBirth", "is more than ten months away"));
        }
        if (child.dateOfBirth() != null && child.expectedDateOfBirth() != null) {
            v.add(new Violation(at + ".expectedDateOfBirth", "is only for an unborn child: give dateOfBirth or expectedDateOfBirth, not both"));
        }
        if (child.dateOfBirth() == null && child.expectedDateOfBirth() != null
                && child.expectedDateOfBirth().isBefore(today.minusMonths(1))) {
            v.add(new Violation(at + ".expectedDateOfBirth", "is more than a month ago: the child is born, give dateOfBirth"));
        }
        if (child.childId() != null && !child.childId().matches("[A-Za-z0-9-]{1,64}")) {
            v.add(new Violation(at + ".childId", "is not a child id Front Door gave (letters, digits and hyphens, at most 64)"));
        }
        if (child.nhsNumber() != null && !child.nhsNumber().isBlank() && !NhsNumber.isValid(child.nhsNumber())) {
            v.add(new Violation(at + ".nhsNumber", "is not a valid NHS number (10 digits with a modulus-11 check digit)"));
        }
        if (child.address() != null && child.address().postcode() != null && !child.address().postcode().isBlank()
                && !Postcode.isValid(child.address().postcode())) {
            v.add(new Violation(at + ".address.postcode", "is not a valid UK postcode format"));
        }
        maxLength(v, at + ".givenName", child.givenName(), MAX_NAME);
        maxLength(v, at + ".familyName", child.familyName(), MAX_NAME);
        checkDisabilities(v, at + ".disabilities", child.disabilities());
        if (child.address() != null) {
            maxLength(v, at + ".address.line1", child.address().line1(), MAX_TEXT);
            maxLength(v, at + ".address.line2", child.address().line2(), MAX_TEXT);
            maxLength(v, at + ".address.town", child.address().town(), MAX_NAME);
        }
    }

    /** A contact cannot be about a child who was not yet born when it was received (an unborn child has an expected date). */
    private static void checkReceivedAfterBirth(List<Violation> v, String at, Child child, ContactSubmission s, LocalDate today) {
        if (child != null && child.dateOfBirth() != null && !child.dateOfBirth().isAfter(today) && s.receivedAt() != null
                && s.receivedAt().atZone(LONDON).toLocalDate().isBefore(child.dateOfBirth())) {
            v.add(new Violation("receivedAt", "is before " + at + " was born (" + at + ".dateOfBirth)"));
        }
    }

    /** The DfE codes: NONE, or one or more disabilities, never both. */
    private static void checkDisabilities(List<Violation> v, String at, List<Disability> disabilities) {
        for (int i = 0; i < disabilities.size(); i++) {
            if (disabilities.get(i) == null) {
                v.add(new Violation(at + "[" + i + "]", "must not be null"));
            }
        }
        if (disabilities.contains(Disability.NONE) && disabilities.stream().anyMatch(d -> d != null && d != Disability.NONE)) {
            v.add(new Violation(at, "NONE (no disability) cannot be given with a disability"));
        }
    }

    private static void maxLength(List<Violation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new Violation(field, "is longer than " + max + " characters"));
        }
    }
}
