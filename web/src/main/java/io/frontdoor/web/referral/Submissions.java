package io.frontdoor.web.referral;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.kernel.contact.Gender;
import io.frontdoor.web.referral.ReferralForm.AdultAnswers;
import io.frontdoor.web.referral.ReferralForm.ChildAnswers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The referral form as the contract every way in takes ({@code ContactSubmission}): what is sent to intake, and what
 * the threshold engine is asked about while the form is filled in (the same shape; a date not yet typed is left out).
 */
final class Submissions {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Submissions() {
    }

    /** The external reference of a referral made on the web form: its draft's id, so sending twice is one contact. */
    static String reference(String draftId) {
        return "WEB-" + draftId;
    }

    static ContactSubmission of(ReferralForm form, Referrer referrer, String packId, String draftId, Instant receivedAt) {
        var about = form.aboutYou();
        var referring = new ContactSubmission.Referrer(agency(referrer), referrer.agencyName(), referrer.name(),
                about == null ? null : text(about.role()), about == null ? null : text(about.phone()),
                about == null ? null : text(about.email()));
        var what = form.whatHappened();
        return ContactSubmission.builder().packId(packId).externalReference(reference(draftId)).channel(Channel.WEB_FORM)
                .receivedAt(receivedAt).referrer(referring)
                .children(form.children().stream().map(Submissions::child).toList())
                .adults(form.adults().stream().map(Submissions::adult).toList())
                .concerns(new ContactSubmission.Concerns(form.indicatorIds(), what == null ? null : text(what.narrative())))
                .domesticAbuse(domesticAbuse(form.domesticAbuse()))
                .allegationAgainstPersonInPositionOfTrust(what == null ? null : yesNo(what.positionOfTrust()))
                .immediateDanger(what == null ? null : yesNo(what.immediateDanger()))
                .consent(consent(form.consent()))
                .knownToServices(what == null ? null : yesNo(what.knownToServices()))
                .build();
    }

    private static AgencyType agency(Referrer referrer) {
        try {
            return referrer.agencyType() == null ? null : AgencyType.valueOf(referrer.agencyType());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static ContactSubmission.Child child(ChildAnswers child) {
        LocalDate date = TypedDates.date(child.dobDay(), child.dobMonth(), child.dobYear()).orElse(null);
        String postcode = text(child.postcode());
        var address = text(child.addressLine1()) == null && postcode == null && text(child.town()) == null ? null
                : new ContactSubmission.Address(text(child.addressLine1()), null, text(child.town()), postcode);
        return new ContactSubmission.Child(text(child.givenName()), text(child.familyName()), child.unbornBaby() ? null : date,
                child.unbornBaby() ? date : null, text(child.nhsNumber()) == null ? null : child.nhsNumber().replace(" ", ""),
                gender(child.gender()), address);
    }

    private static ContactSubmission.Adult adult(AdultAnswers adult) {
        return new ContactSubmission.Adult(text(adult.givenName()), text(adult.familyName()),
                TypedDates.date(adult.dobDay(), adult.dobMonth(), adult.dobYear()).orElse(null), text(adult.relationship()));
    }

    private static ContactSubmission.DomesticAbuse domesticAbuse(ReferralForm.DomesticAbuseAnswers answers) {
        if (answers == null || !answers.notified()) {
            return null;
        }
        Instant incidentAt = TypedDates.date(answers.incidentDay(), answers.incidentMonth(), answers.incidentYear())
                .map(day -> day.atTime(TypedDates.time(answers.incidentTime()).orElse(java.time.LocalTime.NOON)).atZone(LONDON).toInstant())
                .orElse(null);
        return new ContactSubmission.DomesticAbuse(code(DashRisk.class, answers.dashRisk()), yesNo(answers.childrenPresent()),
                incidentAt, yesNo(answers.childrenInHousehold()));
    }

    private static ContactSubmission.Consent consent(ReferralForm.ConsentAnswers answers) {
        if (answers == null || code(ConsentStatus.class, answers.status()) == null) {
            return null;
        }
        ConsentStatus status = code(ConsentStatus.class, answers.status());
        return new ContactSubmission.Consent(status, status == ConsentStatus.GIVEN ? null : text(answers.reasonNotSought()));
    }

    private static Gender gender(String typed) {
        return code(Gender.class, typed);
    }

    static <E extends Enum<E>> E code(Class<E> type, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** yes and no are answers; "not-known" (or nothing) is not knowing. */
    static Boolean yesNo(String answer) {
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }

    static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    static List<String> names(ReferralForm form) {
        return form.children().stream().map(ChildAnswers::fullName).filter(name -> !name.isBlank()).toList();
    }
}
