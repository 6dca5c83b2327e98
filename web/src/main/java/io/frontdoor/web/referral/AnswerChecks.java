package io.frontdoor.web.referral;

import io.frontdoor.kernel.contact.NhsNumber;
import io.frontdoor.kernel.contact.Postcode;
import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.referral.ReferralForm.AboutYou;
import io.frontdoor.web.referral.ReferralForm.AdultAnswers;
import io.frontdoor.web.referral.ReferralForm.ChildAnswers;
import io.frontdoor.web.referral.ReferralForm.ConsentAnswers;
import io.frontdoor.web.referral.ReferralForm.DomesticAbuseAnswers;
import io.frontdoor.web.referral.ReferralForm.WhatHappened;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What each page needs before it is complete, in the GOV.UK error summary's words, each linked to its input. The NHS
 * number and postcode are checked by the same rules intake applies; intake checks everything again when the
 * referral is sent, and its problem is mapped onto these same fields.
 */
final class AnswerChecks {

    static final Set<String> YES_NO = Set.of("yes", "no");
    static final Set<String> RELATIONSHIPS = Set.of("MOTHER", "FATHER", "STEP_PARENT", "PARENTS_PARTNER", "GRANDPARENT",
            "OTHER_RELATIVE", "CARER", "OTHER");

    private AnswerChecks() {
    }

    static FormErrors aboutYou(AboutYou answers) {
        FormErrors errors = FormErrors.none();
        if (TypedDates.isBlank(answers.phone())) {
            errors.add("phone", "Enter a phone number the front door can call you on");
        } else if (!answers.phone().strip().matches("[0-9 +()-]{6,25}")) {
            errors.add("phone", "Enter a phone number, like 01632 960 001 or 07700 900 982");
        }
        if (!TypedDates.isBlank(answers.email()) && !answers.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("email", "Enter an email address in the correct format, like name@example.org");
        }
        return errors;
    }

    static FormErrors child(ChildAnswers child, LocalDate today) {
        FormErrors errors = FormErrors.none();
        if (TypedDates.isBlank(child.givenName())) {
            errors.add("given-name", "Enter the child's first name (or \"Unborn\" for an unborn baby)");
        }
        if (TypedDates.isBlank(child.familyName())) {
            errors.add("family-name", "Enter the child's last name");
        }
        Optional<LocalDate> date = TypedDates.date(child.dobDay(), child.dobMonth(), child.dobYear());
        if (TypedDates.blank(child.dobDay(), child.dobMonth(), child.dobYear())) {
            errors.add("dob-day", child.unbornBaby() ? "Enter the baby's expected date of birth" : "Enter the child's date of birth");
        } else if (date.isEmpty()) {
            errors.add("dob-day", "Date of birth must be a real date, like 27 3 2019");
        } else if (child.unbornBaby() && date.get().isAfter(today.plusMonths(10))) {
            errors.add("dob-day", "The expected date of birth must be within the next 10 months");
        } else if (child.unbornBaby() && date.get().isBefore(today.minusMonths(1))) {
            errors.add("dob-day", "The expected date has passed: give the baby's date of birth and untick \"unborn\"");
        } else if (!child.unbornBaby() && date.get().isAfter(today)) {
            errors.add("dob-day", "Date of birth must be today or in the past (tick \"unborn\" for an expected baby)");
        } else if (!child.unbornBaby() && date.get().isBefore(today.minusYears(25))) {
            errors.add("dob-day", "Date of birth must be less than 25 years ago");
        }
        if (!TypedDates.isBlank(child.nhsNumber()) && !NhsNumber.isValid(child.nhsNumber().replace(" ", ""))) {
            errors.add("nhs-number", "Enter a valid 10-digit NHS number, or leave it blank if you do not know it");
        }
        if (!TypedDates.isBlank(child.postcode()) && !Postcode.isValid(child.postcode())) {
            errors.add("postcode", "Enter a real postcode, like LU1 2BQ");
        }
        return errors;
    }

    static FormErrors adult(AdultAnswers adult, LocalDate today) {
        FormErrors errors = FormErrors.none();
        if (TypedDates.isBlank(adult.givenName()) && TypedDates.isBlank(adult.familyName())) {
            errors.add("adult-given-name", "Enter the adult's name, or as much of it as you know");
        }
        if (adult.relationship() == null || !RELATIONSHIPS.contains(adult.relationship())) {
            errors.add("relationship", "Select who the adult is to the children");
        }
        if (!TypedDates.blank(adult.dobDay(), adult.dobMonth(), adult.dobYear())) {
            Optional<LocalDate> date = TypedDates.date(adult.dobDay(), adult.dobMonth(), adult.dobYear());
            if (date.isEmpty() || date.get().isAfter(today)) {
                errors.add("adult-dob-day", "Date of birth must be a real date in the past, or leave it blank");
            }
        }
        return errors;
    }

    static FormErrors whatHappened(WhatHappened answers) {
        FormErrors errors = FormErrors.none();
        if (TypedDates.isBlank(answers.narrative())) {
            errors.add("narrative", "Describe what happened and why you are worried about the children");
        }
        if (!YES_NO.contains(String.valueOf(answers.immediateDanger()))) {
            errors.add("immediate-danger", "Select yes if a child is in immediate danger");
        }
        if (!YES_NO.contains(String.valueOf(answers.positionOfTrust()))) {
            errors.add("position-of-trust", "Select yes if the concern is about a person in a position of trust");
        }
        if (!Set.of("yes", "no", "not-known").contains(String.valueOf(answers.knownToServices()))) {
            errors.add("known-to-services", "Select whether the family is known to children's services");
        }
        return errors;
    }

    static FormErrors domesticAbuse(DomesticAbuseAnswers answers, LocalDate today) {
        FormErrors errors = FormErrors.none();
        if (!YES_NO.contains(String.valueOf(answers.notification()))) {
            return errors.add("notification", "Select yes if this is a domestic abuse notification");
        }
        if (!answers.notified()) {
            return errors;
        }
        if (Submissions.code(io.frontdoor.kernel.contact.DashRisk.class, answers.dashRisk()) == null) {
            errors.add("dash-risk", "Select the DASH risk level");
        }
        if (!YES_NO.contains(String.valueOf(answers.childrenInHousehold()))) {
            errors.add("children-in-household", "Select yes if the children live in the household");
        }
        if (!YES_NO.contains(String.valueOf(answers.childrenPresent()))) {
            errors.add("children-present", "Select yes if the children were present at the incident");
        }
        Optional<LocalDate> day = TypedDates.date(answers.incidentDay(), answers.incidentMonth(), answers.incidentYear());
        if (day.isEmpty() || day.get().isAfter(today)) {
            errors.add("incident-day", "Enter the date of the incident, today or in the past, like 21 11 2026");
        }
        if (!TypedDates.isBlank(answers.incidentTime()) && TypedDates.time(answers.incidentTime()).isEmpty()) {
            errors.add("incident-time", "Enter the time of the incident on the 24-hour clock, like 23:40");
        }
        return errors;
    }

    /** {@code consentRequired}: what the threshold says the recommended routes need (the pack's consent rules). */
    static FormErrors consent(ConsentAnswers answers, boolean consentRequired) {
        FormErrors errors = FormErrors.none();
        if (!Set.of("GIVEN", "REFUSED", "NOT_SOUGHT").contains(String.valueOf(answers.status()))) {
            return errors.add("consent-status", "Select whether the family agreed to this referral");
        }
        if (!"GIVEN".equals(answers.status()) && TypedDates.isBlank(answers.reasonNotSought())) {
            errors.add("reason-not-sought", "Enter why consent was not given or not sought");
        }
        if (consentRequired && !"GIVEN".equals(answers.status())) {
            errors.add("consent-status", "This referral needs the parents' consent: ask them before you send it, or, if a "
                    + "child is at risk of significant harm, tick the concerns that say so");
        }
        return errors;
    }
}
