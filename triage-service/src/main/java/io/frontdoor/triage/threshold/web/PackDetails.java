package io.frontdoor.triage.threshold.web;

import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.time.OfficeHours;
import io.frontdoor.triage.threshold.pack.AuthorisationPolicy;
import io.frontdoor.triage.threshold.pack.DaTriageMeeting;
import io.frontdoor.triage.threshold.pack.EscalationStage;
import io.frontdoor.triage.threshold.pack.Indicator;
import io.frontdoor.triage.threshold.pack.Level;
import io.frontdoor.triage.threshold.pack.Pack;
import io.frontdoor.triage.threshold.pack.Route;
import io.frontdoor.triage.threshold.pack.RuleKind;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/packs/{id}}: everything a referral form needs to offer the indicators to tick, and what a worker
 * needs to read the pack (levels, routes, timescales, office hours, escalation ladder, the rules in words). Timescales
 * are shown as the pack writes them, times of day as {@code 08:30}.
 */
public record PackDetails(String id, String version, String name, String source, List<Level> levels,
                          List<Indicator> indicators, List<Route> routes, List<RuleInWords> rules,
                          Map<String, Object> timescales, OfficeHoursInWords officeHours, List<EscalationStage> escalationLadder,
                          MeetingInWords daTriageMeeting, AuthorisationPolicy authorisation) {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    /** A rule as a reader needs it: what it is, what it says and where the document says so. */
    public record RuleInWords(String id, RuleKind kind, String explanation, String source) {
    }

    public record OfficeHoursInWords(ZoneId timeZone, Map<DayOfWeek, OpeningInWords> days, RouteCode outOfHoursRoute,
                                     String outOfHoursLocalName, String source) {
        static OfficeHoursInWords of(OfficeHours hours) {
            Map<DayOfWeek, OpeningInWords> days = new LinkedHashMap<>();
            hours.days().forEach((day, window) -> days.put(day, new OpeningInWords(hhmm(window.open()), hhmm(window.close()))));
            return new OfficeHoursInWords(hours.timeZone(), days, hours.outOfHoursRoute(), hours.outOfHoursLocalName(), hours.source());
        }
    }

    public record OpeningInWords(String open, String close) {
    }

    public record MeetingInWords(DayOfWeek dayOfWeek, String time, String localName, String source) {
        static MeetingInWords of(DaTriageMeeting meeting) {
            return meeting == null ? null : new MeetingInWords(meeting.dayOfWeek(), hhmm(meeting.time()), meeting.localName(), meeting.source());
        }
    }

    static PackDetails of(Pack pack) {
        return new PackDetails(pack.id(), pack.version(), pack.name(), pack.source(), pack.levels(),
                List.copyOf(pack.allIndicators()), pack.routes(),
                pack.rules().stream().map(rule -> new RuleInWords(rule.id(), rule.kind(), rule.explanation(), rule.source())).toList(),
                pack.timescales().asPackValue(), OfficeHoursInWords.of(pack.officeHours()), pack.escalationLadder(),
                MeetingInWords.of(pack.daTriageMeeting()), pack.authorisation());
    }

    private static String hhmm(LocalTime time) {
        return time.format(TIME_OF_DAY);
    }
}
