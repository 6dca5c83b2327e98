package io.frontdoor.web.referral;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A referral as far as it has been filled in: what the draft keeps in intake between pages, sessions and desks. Each
 * page's answers are a record of their own; {@code done} names the sections saved complete.
 */
public record ReferralForm(AboutYou aboutYou, List<ChildAnswers> children, List<AdultAnswers> adults,
                           WhatHappened whatHappened, List<String> indicatorIds, DomesticAbuseAnswers domesticAbuse,
                           ConsentAnswers consent, Set<String> done) {

    public static final String ABOUT_YOU = "about-you";
    public static final String CHILDREN = "children";
    public static final String ADULTS = "adults";
    public static final String WHAT_HAPPENED = "what-happened";
    public static final String CONCERNS = "concerns";
    public static final String DOMESTIC_ABUSE = "domestic-abuse";
    public static final String CONSENT = "consent";
    public static final java.util.Map<String, String> SECTION_NAMES = java.util.Map.of(ABOUT_YOU, "Your details",
            CHILDREN, "Children", ADULTS, "Adults and relationships", WHAT_HAPPENED, "What happened",
            CONCERNS, "Concerns and the threshold", DOMESTIC_ABUSE, "Domestic abuse", CONSENT, "Consent");

    public ReferralForm {
        children = children == null ? List.of() : List.copyOf(children);
        adults = adults == null ? List.of() : List.copyOf(adults);
        indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
        done = done == null ? Set.of() : Set.copyOf(done);
    }

    public static ReferralForm empty() {
        return new ReferralForm(null, List.of(), List.of(), null, List.of(), null, null, Set.of());
    }

    /** The sections a referrer fills in, in order; domestic abuse only for the police (their notifications). */
    public static List<String> sections(Referrer referrer) {
        return referrer != null && referrer.isPolice()
                ? List.of(ABOUT_YOU, CHILDREN, ADULTS, WHAT_HAPPENED, CONCERNS, DOMESTIC_ABUSE, CONSENT)
                : List.of(ABOUT_YOU, CHILDREN, ADULTS, WHAT_HAPPENED, CONCERNS, CONSENT);
    }

    public boolean isDone(String section) {
        return done.contains(section);
    }

    public boolean allDone(Referrer referrer) {
        return done.containsAll(sections(referrer));
    }

    public boolean isStarted(String section) {
        return switch (section) {
            case ABOUT_YOU -> aboutYou != null;
            case CHILDREN -> !children.isEmpty();
            case ADULTS -> !adults.isEmpty();
            case WHAT_HAPPENED -> whatHappened != null;
            case CONCERNS -> !indicatorIds.isEmpty();
            case DOMESTIC_ABUSE -> domesticAbuse != null;
            case CONSENT -> consent != null;
            default -> false;
        };
    }

    ReferralForm with(AboutYou answers) {
        return new ReferralForm(answers, children, adults, whatHappened, indicatorIds, domesticAbuse, consent, plus(ABOUT_YOU));
    }

    /** A child added ({@code index} = the number of children) or changed; the list must be confirmed again. */
    ReferralForm withChild(int index, ChildAnswers child) {
        return new ReferralForm(aboutYou, set(children, index, child), adults, whatHappened, indicatorIds, domesticAbuse,
                consent, minus(CHILDREN));
    }

    ReferralForm withoutChild(int index) {
        return new ReferralForm(aboutYou, removed(children, index), adults, whatHappened, indicatorIds, domesticAbuse,
                consent, minus(CHILDREN));
    }

    ReferralForm withAdult(int index, AdultAnswers adult) {
        return new ReferralForm(aboutYou, children, set(adults, index, adult), whatHappened, indicatorIds, domesticAbuse,
                consent, minus(ADULTS));
    }

    ReferralForm withoutAdult(int index) {
        return new ReferralForm(aboutYou, children, removed(adults, index), whatHappened, indicatorIds, domesticAbuse,
                consent, minus(ADULTS));
    }

    ReferralForm with(WhatHappened answers) {
        return new ReferralForm(aboutYou, children, adults, answers, indicatorIds, domesticAbuse, consent, plus(WHAT_HAPPENED));
    }

    /** Ticked indicators, saved as they are ticked; {@code complete} when the referrer moves on from the page. */
    ReferralForm withIndicators(List<String> ticked, boolean complete) {
        return new ReferralForm(aboutYou, children, adults, whatHappened, ticked, domesticAbuse, consent,
                complete ? plus(CONCERNS) : done);
    }

    ReferralForm with(DomesticAbuseAnswers answers) {
        return new ReferralForm(aboutYou, children, adults, whatHappened, indicatorIds, answers, consent, plus(DOMESTIC_ABUSE));
    }

    ReferralForm with(ConsentAnswers answers) {
        return new ReferralForm(aboutYou, children, adults, whatHappened, indicatorIds, domesticAbuse, answers, plus(CONSENT));
    }

    ReferralForm markDone(String section) {
        return new ReferralForm(aboutYou, children, adults, whatHappened, indicatorIds, domesticAbuse, consent, plus(section));
    }

    /** The list with the entry at {@code index} replaced, or added at the end when {@code index} is its size. */
    private static <T> List<T> set(List<T> list, int index, T entry) {
        List<T> changed = new ArrayList<>(list);
        if (index >= changed.size()) {
            changed.add(entry);
        } else {
            changed.set(index, entry);
        }
        return changed;
    }

    private static <T> List<T> removed(List<T> list, int index) {
        List<T> changed = new ArrayList<>(list);
        changed.remove(index);
        return changed;
    }

    private Set<String> plus(String section) {
        Set<String> more = new LinkedHashSet<>(done);
        more.add(section);
        return more;
    }

    private Set<String> minus(String section) {
        Set<String> fewer = new LinkedHashSet<>(done);
        fewer.remove(section);
        return fewer;
    }

    /** How the referrer can be reached: their role and contact details (name and agency come from the sign-in). */
    public record AboutYou(String role, String phone, String email) {
    }

    /** A date typed into the GOV.UK date input, as typed (so a mistake comes back as it was). */
    public record TypedDate(String day, String month, String year) {
    }

    public record ChildAnswers(String givenName, String familyName, String dobDay, String dobMonth, String dobYear,
                               String unborn, String nhsNumber, String gender, String addressLine1, String town,
                               String postcode) {

        /** Not {@code isUnborn}: a bean-style name would be written into the draft over {@code unborn}. */
        public boolean unbornBaby() {
            return "yes".equals(unborn);
        }

        public String fullName() {
            return ((givenName == null ? "" : givenName.strip()) + " " + (familyName == null ? "" : familyName.strip())).strip();
        }
    }

    public record AdultAnswers(String givenName, String familyName, String dobDay, String dobMonth, String dobYear,
                               String relationship) {

        public String fullName() {
            return ((givenName == null ? "" : givenName.strip()) + " " + (familyName == null ? "" : familyName.strip())).strip();
        }
    }

    /** {@code knownToServices}: yes, no or not-known. */
    public record WhatHappened(String narrative, String immediateDanger, String positionOfTrust, String knownToServices) {
    }

    /** {@code notification}: yes when this is a domestic abuse notification; the incident's date and time as typed. */
    public record DomesticAbuseAnswers(String notification, String dashRisk, String childrenInHousehold,
                                       String childrenPresent, String incidentDay, String incidentMonth,
                                       String incidentYear, String incidentTime) {

        public boolean notified() {
            return "yes".equals(notification);
        }
    }

    public record ConsentAnswers(String status, String reasonNotSought) {
    }
}
