package io.frontdoor.projection.contact;

import io.frontdoor.kernel.event.triage.ChildSummary;
import java.time.LocalDate;
import java.time.Period;

/** A child as a worker scans the queue: name and age in words ("4 years", "7 months", "unborn, due 2027-02-01"). */
public record ChildView(String name, LocalDate dateOfBirth, Integer ageYears, String age) {

    public static ChildView of(ChildSummary child, LocalDate today) {
        String name = String.join(" ", nonNull(child.givenName()), nonNull(child.familyName())).trim();
        if (child.dateOfBirth() == null) {
            return new ChildView(name.isEmpty() ? "Unborn baby" : name, null, null,
                    "unborn, due " + child.expectedDateOfBirth());
        }
        Period age = Period.between(child.dateOfBirth(), today);
        String words = age.getYears() >= 2 ? age.getYears() + " years"
                : age.toTotalMonths() >= 1 ? age.toTotalMonths() + " months" : age.getDays() + " days";
        return new ChildView(name, child.dateOfBirth(), age.getYears(), words);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
