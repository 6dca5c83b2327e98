package io.frontdoor.triage.opening;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.time.BankHolidays;
import io.frontdoor.kernel.time.Timescale;
import io.frontdoor.kernel.time.WorkingCalendar;
import io.frontdoor.triage.threshold.engine.Recommendation;
import io.frontdoor.triage.threshold.loading.PackRegistry;
import io.frontdoor.triage.threshold.pack.Pack;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Each pack's working-day calendar (England and Wales bank holidays, the pack's office hours) and its named timescales. */
@Component
public class PackCalendars {

    private final BankHolidays holidays = BankHolidays.englandAndWales();
    private final Map<String, WorkingCalendar> calendars = new ConcurrentHashMap<>();
    private final PackRegistry packs;

    public PackCalendars(PackRegistry packs) {
        this.packs = packs;
    }

    public Pack pack(String packId) {
        return packs.find(packId).orElseThrow(() -> new IllegalStateException("no threshold pack " + packId));
    }

    /** The pack's timescale of this name (e.g. {@code lado}, {@code earlyHelpReview}) from {@code from}, or the fallback's. */
    public Instant dueAt(String packId, String timescale, Timescale fallback, Instant from) {
        Pack pack = pack(packId);
        return dueAt(pack, from, pack.timescales().find(timescale).orElse(fallback));
    }

    public Instant dueAt(Pack pack, Instant from, Timescale timescale) {
        return calendar(pack).dueAt(from, timescale);
    }

    /** A timescale as the pack writes it: {@code {workingHours: 4}}. */
    public Instant dueAt(Pack pack, Instant from, Map<String, Integer> timescale) {
        return dueAt(pack, from, Timescale.parse(timescale));
    }

    /**
     * The earlier of the urgency's timescale and any rule's own (a RED contact that is also a LADO matter is due in
     * 4 working hours, not 1 working day). A RED contact out of hours goes to the out-of-hours team, which works
     * round the clock, so its working hours count as plain hours.
     */
    Instant decisionDue(Pack pack, Instant receivedAt, Recommendation recommendation, Rag rag) {
        Instant byUrgency = due(pack, receivedAt, pack.timescales().forRag(rag), recommendation.receivedOutOfHours() && rag == Rag.RED);
        Instant byRule = due(pack, receivedAt, recommendation.decisionTimescale().duration(), recommendation.receivedOutOfHours() && rag == Rag.RED);
        return byRule.isBefore(byUrgency) ? byRule : byUrgency;
    }

    private Instant due(Pack pack, Instant from, Timescale timescale, boolean roundTheClock) {
        if (roundTheClock && timescale.unit() == Timescale.Unit.WORKING_HOURS) {
            return from.plus(Duration.ofHours(timescale.amount()));
        }
        return dueAt(pack, from, timescale);
    }

    private WorkingCalendar calendar(Pack pack) {
        return calendars.computeIfAbsent(pack.id(), id -> new WorkingCalendar(holidays, pack.officeHours()));
    }
}
