package io.frontdoor.web.referral;

import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.referral.ReferralForm.AdultAnswers;
import io.frontdoor.web.referral.ReferralForm.ChildAnswers;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A section of a referral that lists people with "add another" (children, adults): its name (the URL segment and
 * the section's key), the page of one person, where the list sits in the form and how one entry is changed or
 * removed, a blank entry, the checks of one entry and what the list page says when "add another" is not answered.
 */
record RepeatingSection<T>(String name, String itemPage, boolean startsWithFirst, String addAnotherMissing,
                           Function<ReferralForm, List<T>> items, T blank, BiFunction<T, LocalDate, FormErrors> check,
                           Changed<T> with, BiFunction<ReferralForm, Integer, ReferralForm> without) {

    /** The form with the entry at {@code index} set (or added, at the end). */
    interface Changed<T> {
        ReferralForm apply(ReferralForm form, int index, T entry);
    }

    /** An empty list of children opens the first child's page: a referral is about at least one child. */
    static final RepeatingSection<ChildAnswers> CHILDREN = new RepeatingSection<>(ReferralForm.CHILDREN, "child", true,
            "Select yes if you need to add another child", ReferralForm::children,
            new ChildAnswers(null, null, null, null, null, null, null, null, null, null, null), AnswerChecks::child,
            ReferralForm::withChild, ReferralForm::withoutChild);

    static final RepeatingSection<AdultAnswers> ADULTS = new RepeatingSection<>(ReferralForm.ADULTS, "adult", false,
            "Select yes if you need to add an adult", ReferralForm::adults,
            new AdultAnswers(null, null, null, null, null, null), AnswerChecks::adult,
            ReferralForm::withAdult, ReferralForm::withoutAdult);

    /** The section of that name ({@code children} or {@code adults}, as in its URLs). */
    static RepeatingSection<?> named(String name) {
        return switch (name) {
            case ReferralForm.CHILDREN -> CHILDREN;
            case ReferralForm.ADULTS -> ADULTS;
            default -> throw new IllegalArgumentException("no list of people called " + name);
        };
    }

    /** Whether {@code index} names an existing entry or the next new one. */
    boolean reachable(ReferralForm form, int index) {
        return index >= 0 && index <= items.apply(form).size();
    }

    T entry(ReferralForm form, int index) {
        List<T> list = items.apply(form);
        return index < list.size() ? list.get(index) : blank;
    }
}
