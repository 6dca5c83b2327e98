package io.frontdoor.triage.opening;

import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.triage.triage.LevelOfNeed;
import io.frontdoor.kernel.time.Timescale;
import io.frontdoor.triage.threshold.pack.Level;
import io.frontdoor.triage.threshold.pack.Pack;
import io.frontdoor.triage.triage.PackContext;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Due times and local names for a triage from its pack. Where a pack gives no partner-check or authorisation
 * timescale, the front door's defaults apply: partner checks within one working day (a decision is due within one),
 * authorisation within four working hours.
 */
@Component
public class PackTriageContext implements PackContext {

    static final Timescale DEFAULT_PARTNER_CHECK = Timescale.of(1, Timescale.Unit.WORKING_DAYS);
    static final Timescale DEFAULT_AUTHORISATION = Timescale.of(4, Timescale.Unit.WORKING_HOURS);
    static final Timescale DEFAULT_FEEDBACK = Timescale.of(24, Timescale.Unit.HOURS);

    private final PackCalendars calendars;
    private final Clock clock;

    public PackTriageContext(PackCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Instant partnerCheckDue(String packId, Instant from) {
        return calendars.dueAt(packId, "partnerCheck", DEFAULT_PARTNER_CHECK, from);
    }

    @Override
    public Instant feedbackNotAcceptedDue(String packId, Instant from) {
        return calendars.dueAt(packId, "feedbackNotAccepted", DEFAULT_FEEDBACK, from);
    }

    @Override
    public Instant authorisationDue(String packId, Instant from) {
        return calendars.dueAt(packId, "authorisation", DEFAULT_AUTHORISATION, from);
    }

    @Override
    public Instant routeDue(String packId, String route, Instant from) {
        Pack pack = calendars.pack(packId);
        String timescale = switch (RouteCode.valueOf(route)) {
            case LADO -> "lado";
            case STRATEGY_DISCUSSION -> "strategyDiscussion";
            default -> null;
        };
        return pack.timescales().find(timescale).map(t -> calendars.dueAt(pack, from, t)).orElse(null);
    }

    @Override
    public String routeLocalName(String packId, String route) {
        return calendars.pack(packId).route(RouteCode.valueOf(route)).map(r -> r.localName()).orElse(route);
    }

    @Override
    public LevelOfNeed level(String packId, int rank) {
        Level level = calendars.pack(packId).level(rank);
        return new LevelOfNeed(level.code().name(), level.rank(), level.localName());
    }

}
