package io.frontdoor.projection.returns;

import io.frontdoor.kernel.contact.Disability;
import io.frontdoor.kernel.contact.Ethnicity;
import io.frontdoor.kernel.contact.Gender;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A child named in a contact, as the returns describe them: the id triage linked them to (or the contact and position
 * while no link exists), and the codes the referrer gave. Names and addresses are not needed and not kept.
 */
public record ReturnsChild(String childId, Gender gender, Ethnicity ethnicity, List<Disability> disabilities,
                           LocalDate dateOfBirth, LocalDate expectedDateOfBirth) {

    public ReturnsChild {
        disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
    }

    public boolean unborn() {
        return dateOfBirth == null;
    }

    /** Age at the last birthday on {@code day}; −1 for an unborn child, as Annex A asks. */
    public int ageOn(LocalDate day) {
        return unborn() ? -1 : Math.max(0, Period.between(dateOfBirth, day).getYears());
    }

    /** The DfE's "not yet obtained" when the referrer gave no ethnicity. */
    public Ethnicity ethnicityOrNotObtained() {
        return ethnicity == null ? Ethnicity.NOBT : ethnicity;
    }

    /** Yes, no or unknown, as Annex A's "Does the Child have a Disability" asks. */
    public Boolean disabled() {
        if (disabilities.isEmpty()) {
            return null;
        }
        return !disabilities.equals(List.of(Disability.NONE));
    }
}
