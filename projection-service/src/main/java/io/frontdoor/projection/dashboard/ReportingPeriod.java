package io.frontdoor.projection.dashboard;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.projection.contact.LondonTime;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The contacts a report covers: received on London dates {@code from} to {@code to} inclusive, of one pack or all. */
public record ReportingPeriod(LocalDate from, LocalDate to, String pack) {

    public ReportingPeriod {
        if (to.isBefore(from)) {
            throw InvalidSubmissionException.of("to", "must not be before from");
        }
    }

    /** The SQL condition on {@code contact_case} (aliased {@code alias}), to go with {@link #arguments()}. */
    public String contacts(String alias) {
        return alias + ".received_at >= ? AND " + alias + ".received_at < ?" + (pack == null ? "" : " AND " + alias + ".pack_id = ?");
    }

    public List<Object> arguments() {
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(LondonTime.startOf(from)),
                Timestamp.from(LondonTime.startOf(to.plusDays(1)))));
        if (pack != null) {
            args.add(pack);
        }
        return args;
    }

    /** A condition on a current state (no dates): only the pack, if any. */
    public String packOnly(String alias) {
        return pack == null ? "true" : alias + ".pack_id = ?";
    }

    public List<Object> packArguments() {
        return pack == null ? List.of() : List.of(pack);
    }
}
