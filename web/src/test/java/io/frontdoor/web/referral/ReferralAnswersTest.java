package io.frontdoor.web.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.kernel.contact.IndicatorCatalogue;
import io.frontdoor.kernel.validation.ContactSubmissionValidator;
import io.frontdoor.web.referral.ReferralForm.AboutYou;
import io.frontdoor.web.referral.ReferralForm.AdultAnswers;
import io.frontdoor.web.referral.ReferralForm.ChildAnswers;
import io.frontdoor.web.referral.ReferralForm.ConsentAnswers;
import io.frontdoor.web.referral.ReferralForm.DomesticAbuseAnswers;
import io.frontdoor.web.referral.ReferralForm.WhatHappened;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The referral form's answers: each page's checks in the GOV.UK error summary's words, and the finished form as the
 * ContactSubmission intake takes — held to the same validator intake applies, so what the form lets through intake
 * accepts. All data fictional.
 */
class ReferralAnswersTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Referrer OFFICER = new Referrer("pc.police", "PC Demo Officer", "POLICE", "Demoshire Police");
    static final ChildAnswers AMY = new ChildAnswers("Imaginary", "Formchild", "1", "3", "2022", null, "943 476 5919", "FEMALE",
            "1 Fictional Row", "Luton", "LU1 2BQ");

    static ReferralForm complete() {
        return ReferralForm.empty()
                .with(new AboutYou("PPN officer", "01632 960001", "pc.demo@example.org"))
                .withChild(0, AMY).withChild(1, new ChildAnswers("Unborn", "Formchild", "1", "3", "2027", "yes", "", "", "", "", ""))
                .markDone(ReferralForm.CHILDREN)
                .withAdult(0, new AdultAnswers("Pretend", "Formparent", "5", "5", "1990", "MOTHER")).markDone(ReferralForm.ADULTS)
                .with(new WhatHappened("Synthetic: shouting heard, the children were frightened.", "no", "no", "not-known"))
                .withIndicators(List.of("luton.l4.child.health.allegation-or-disclosure-of-harm"), true)
                .with(new DomesticAbuseAnswers("yes", "MEDIUM", "yes", "no", "6", "12", "2026", "23:40"))
                .with(new ConsentAnswers("NOT_SOUGHT", "child protection: telling them could put the children at risk"));
    }

    @Test
    void theFinishedFormIsASubmissionIntakeAcceptsAsTheSignedInReferrer() {
        ContactSubmission submission = Submissions.of(complete(), OFFICER, "luton", "d-1", NOW);

        var validator = new ContactSubmissionValidator(Clock.fixed(NOW, ZoneOffset.UTC), IndicatorCatalogue.fromClasspath());
        assertThat(validator.validate(submission)).isEmpty();
        assertThat(submission.externalReference()).isEqualTo("WEB-d-1");
        assertThat(submission.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(submission.referrer().agencyType()).isEqualTo(AgencyType.POLICE);
        assertThat(submission.referrer().agencyName()).isEqualTo("Demoshire Police");
        assertThat(submission.referrer().name()).isEqualTo("PC Demo Officer");
        assertThat(submission.children().get(0).dateOfBirth()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(submission.children().get(0).nhsNumber()).isEqualTo("9434765919");
        assertThat(submission.children().get(1).dateOfBirth()).isNull();
        assertThat(submission.children().get(1).expectedDateOfBirth()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(submission.adults().get(0).relationship()).isEqualTo("MOTHER");
        assertThat(submission.domesticAbuse().dashRisk()).isEqualTo(DashRisk.MEDIUM);
        assertThat(submission.domesticAbuse().childrenInHousehold()).isTrue();
        assertThat(submission.domesticAbuse().childrenPresent()).isFalse();
        assertThat(submission.domesticAbuse().incidentAt()).isEqualTo(Instant.parse("2026-12-06T23:40:00Z"));
        assertThat(submission.consent().status()).isEqualTo(ConsentStatus.NOT_SOUGHT);
        assertThat(submission.knownToServices()).isNull();
        assertThat(submission.indicatorIds()).containsExactly("luton.l4.child.health.allegation-or-disclosure-of-harm");
    }

    @Test
    void aDraftSurvivesTheRoundTripThroughJsonUnchanged() {
        JsonMapper json = JsonMapper.builder().build();
        ReferralForm form = complete();
        ReferralForm back = json.convertValue(json.convertValue(form, java.util.Map.class), ReferralForm.class);
        assertThat(back).isEqualTo(form);
        assertThat(back.allDone(OFFICER)).isTrue();
    }

    @Test
    void theTaskListAsksThePoliceAboutDomesticAbuseAndNobodyElse() {
        Referrer school = new Referrer("sam.school", "Sam", "EDUCATION", "Demo Primary School");
        assertThat(ReferralForm.sections(OFFICER)).contains(ReferralForm.DOMESTIC_ABUSE);
        assertThat(ReferralForm.sections(school)).doesNotContain(ReferralForm.DOMESTIC_ABUSE);
        ReferralForm withoutDomesticAbuse = new ReferralForm(complete().aboutYou(), complete().children(), complete().adults(),
                complete().whatHappened(), List.of(), null, complete().consent(),
                Set.of("about-you", "children", "adults", "what-happened", "concerns", "consent"));
        assertThat(withoutDomesticAbuse.allDone(school)).isTrue();
        assertThat(withoutDomesticAbuse.allDone(OFFICER)).isFalse();
    }

    @Test
    void changingTheChildrenAsksForTheListToBeConfirmedAgain() {
        ReferralForm form = complete();
        assertThat(form.isDone(ReferralForm.CHILDREN)).isTrue();
        assertThat(form.withChild(2, AMY).isDone(ReferralForm.CHILDREN)).isFalse();
        assertThat(form.withoutChild(1).children()).containsExactly(AMY);
    }

    @Test
    void aChildPageNamesEachMistakeAgainstItsField() {
        var errors = AnswerChecks.child(new ChildAnswers("", " ", "31", "2", "2022", null, "1234567890", null, null, null, "QQ1 1AA"), TODAY);
        assertThat(errors.all()).extracting(e -> e.field()).containsExactly("given-name", "family-name", "dob-day", "nhs-number", "postcode");
        assertThat(errors.of("dob-day")).isEqualTo("Date of birth must be a real date, like 27 3 2019");
        assertThat(AnswerChecks.child(AMY, TODAY).any()).isFalse();
        assertThat(AnswerChecks.child(new ChildAnswers("A", "B", "1", "1", "2027", null, null, null, null, null, null), TODAY)
                .of("dob-day")).startsWith("Date of birth must be today or in the past");
        assertThat(AnswerChecks.child(new ChildAnswers("A", "B", "1", "1", "2028", "yes", null, null, null, null, null), TODAY)
                .of("dob-day")).isEqualTo("The expected date of birth must be within the next 10 months");
    }

    @Test
    void aDomesticAbuseNotificationNeedsItsRiskTheTwoFactsAboutTheChildrenAndTheDate() {
        assertThat(AnswerChecks.domesticAbuse(new DomesticAbuseAnswers("no", null, null, null, null, null, null, null), TODAY).any()).isFalse();
        var errors = AnswerChecks.domesticAbuse(new DomesticAbuseAnswers("yes", null, null, "yes", "8", "12", "2026", "25:99"), TODAY);
        assertThat(errors.all()).extracting(e -> e.field())
                .containsExactly("dash-risk", "children-in-household", "incident-day", "incident-time");
    }

    /**
     * Luton, 004 line 182: "Consent is not required for child protection referrals"; 004 line 1030: "All 'Child in Need'
     * referrals made by professionals must be made with the consent of the child / young person's parent". The engine
     * says which applies ({@code consentRequired}); the form holds the referrer to it.
     */
    @Test
    void consentFollowsWhatTheThresholdSaysTheReferralNeeds() {
        ConsentAnswers notAsked = new ConsentAnswers("NOT_SOUGHT", "it could put the children at risk");
        assertThat(AnswerChecks.consent(notAsked, false).any()).as("child protection: no consent needed").isFalse();
        assertThat(AnswerChecks.consent(notAsked, true).of("consent-status")).as("child in need: consent needed")
                .startsWith("This referral needs the parents' consent");
        assertThat(AnswerChecks.consent(new ConsentAnswers("GIVEN", null), true).any()).isFalse();
        assertThat(AnswerChecks.consent(new ConsentAnswers("REFUSED", ""), false).of("reason-not-sought"))
                .isEqualTo("Enter why consent was not given or not sought");
        assertThat(AnswerChecks.consent(new ConsentAnswers(null, null), false).of("consent-status"))
                .isEqualTo("Select whether the family agreed to this referral");
    }
}
