package io.frontdoor.triage.threshold.pack;

import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.time.OfficeHours;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partnership's threshold document as data: levels, routes, every indicator (by id, in document order), rules,
 * timescales, office hours, escalation ladder. Its id and version go into every recommendation.
 */
public record Pack(String id, String version, String name, String source, List<Level> levels, List<Route> routes,
                   Map<String, Indicator> indicators, List<Rule> rules, Timescales timescales,
                   OfficeHours officeHours, List<EscalationStage> escalationLadder,
                   DaTriageMeeting daTriageMeeting, AuthorisationPolicy authorisation) {

    public Pack {
        levels = List.copyOf(levels);
        routes = List.copyOf(routes);
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        rules = List.copyOf(rules);
        escalationLadder = List.copyOf(escalationLadder);
        authorisation = authorisation == null ? AuthorisationPolicy.NONE : authorisation;
    }

    /** The level of this rank (1..4); loading guarantees there is one per rank, in order. */
    public Level level(int rank) {
        return levels.get(rank - 1);
    }

    public Optional<Route> route(RouteCode code) {
        return routes.stream().filter(route -> route.code() == code).findFirst();
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return Optional.ofNullable(indicators.get(indicatorId));
    }

    public Collection<Indicator> allIndicators() {
        return indicators.values();
    }
}
