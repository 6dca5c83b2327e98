package io.frontdoor.triage.threshold.pack;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A born child's age on a given day, in completed years and completed months. */
public record ChildAge(int years, long months) {

    /** Empty for a date of birth after {@code on}: such a child has no age yet and meets no age condition. */
    public static Optional<ChildAge> of(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || dateOfBirth.isAfter(on)) {
            return Optional.empty();
        }
        return Optional.of(new ChildAge(Period.between(dateOfBirth, on).getYears(), ChronoUnit.MONTHS.between(dateOfBirth, on)));
    }
}
