package io.frontdoor.triage.escalation;

import io.frontdoor.triage.opening.PackCalendars;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** The ladder and stage limits from the pack, counted on the pack's working-day calendar. */
@Component
public class PackLadder implements Ladder {

    private final PackCalendars calendars;
    private final Clock clock;

    public PackLadder(PackCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public List<Rung> rungs(String packId) {
        return calendars.pack(packId).escalationLadder().stream()
                .map(s -> new Rung(s.stage(), s.role(), s.limit().asPackValue(),
                        s.highRiskLimit() == null ? null : s.highRiskLimit().asPackValue()))
                .toList();
    }

    @Override
    public Instant stageDue(String packId, Rung rung, boolean highRisk, Instant from) {
        var limit = highRisk && rung.highRiskLimit() != null ? rung.highRiskLimit() : rung.limit();
        return calendars.dueAt(calendars.pack(packId), from, limit);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

}
