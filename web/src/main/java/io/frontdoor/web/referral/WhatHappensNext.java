package io.frontdoor.web.referral;

import io.frontdoor.kernel.time.BankHolidays;
import io.frontdoor.kernel.time.OfficeHours;
import io.frontdoor.kernel.time.Timescale;
import io.frontdoor.kernel.time.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the referrer is promised, by when: the decision within the pack's timescale for the referral's urgency, and
 * the outcome back to them within the pack's feedback timescale, each counted on the partnership's working days and
 * office hours by the shared working calendar (the one triage counts its deadlines with).
 *
 * @param decisionWithin "1 working day"; {@code decisionBy} the moment it is due (null when the pack gives none)
 */
public record WhatHappensNext(String decisionWithin, Instant decisionBy, String outcomeWithin, Instant outcomeBy) {

    @SuppressWarnings("unchecked")
    static WhatHappensNext of(Map<String, Object> pack, ThresholdAdvice advice, Instant receivedAt) {
        WorkingCalendar calendar = new WorkingCalendar(BankHolidays.englandAndWales(), office((Map<String, Object>) pack.get("officeHours")));
        Map<String, Object> timescales = (Map<String, Object>) pack.getOrDefault("timescales", Map.of());
        Optional<Timescale> decision = Optional.ofNullable(advice.decisionTimescale())
                .map(named -> timescale(named.get("duration")))
                .or(() -> Optional.ofNullable(timescale(timescales.get("decision"))));
        Optional<Timescale> outcome = Optional.ofNullable(timescale(timescales.get("outcomeToReferrer")));
        return new WhatHappensNext(decision.map(Timescale::inWords).orElse(null),
                decision.map(t -> calendar.dueAt(receivedAt, t)).orElse(null),
                outcome.map(Timescale::inWords).orElse(null), outcome.map(t -> calendar.dueAt(receivedAt, t)).orElse(null));
    }

    @SuppressWarnings("unchecked")
    private static Timescale timescale(Object value) {
        if (!(value instanceof Map<?, ?> map) || map.size() != 1) {
            return null;
        }
        Map<String, Integer> amounts = new java.util.HashMap<>();
        ((Map<String, Object>) map).forEach((unit, amount) -> amounts.put(unit, ((Number) amount).intValue()));
        try {
            return Timescale.parse(amounts);
        } catch (IllegalArgumentException notATimescale) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static OfficeHours office(Map<String, Object> hours) {
        Map<DayOfWeek, OfficeHours.Window> days = new EnumMap<>(DayOfWeek.class);
        if (hours != null && hours.get("days") instanceof Map<?, ?> open) {
            ((Map<String, Map<String, Object>>) open).forEach((day, window) -> days.put(DayOfWeek.valueOf(day),
                    new OfficeHours.Window(LocalTime.parse(String.valueOf(window.get("open"))),
                            LocalTime.parse(String.valueOf(window.get("close"))))));
        }
        if (days.isEmpty()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.getValue() <= 5) {
                    days.put(day, new OfficeHours.Window(LocalTime.of(9, 0), LocalTime.of(17, 0)));
                }
            }
        }
        ZoneId zone = ZoneId.of(hours == null || hours.get("timeZone") == null ? "Europe/London" : String.valueOf(hours.get("timeZone")));
        return OfficeHours.of(zone, days);
    }
}
