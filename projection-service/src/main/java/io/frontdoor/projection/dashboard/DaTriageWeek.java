package io.frontdoor.projection.dashboard;

import io.frontdoor.projection.contact.LondonTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One week of the domestic-abuse triage meeting: items listed, decided, rolled on to the next meeting, and still
 * waiting (listed last that week and not yet decided).
 */
public record DaTriageWeek(LocalDate weekStarting, int listed, int decided, int rolledOver, int waiting) {

    static List<DaTriageWeek> of(List<DaTriageItem> items, LocalDate from, LocalDate to) {
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        for (DaTriageItem item : items) {
            List<DaTriageItem.Listing> listings = item.listings();
            for (int i = 0; i < listings.size(); i++) {
                DaTriageItem.Listing listing = listings.get(i);
                LocalDate day = LondonTime.dateOf(listing.meetingAt());
                if (day.isBefore(from) || !day.isBefore(to)) {
                    continue;
                }
                int[] week = weeks.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), w -> new int[4]);
                boolean last = i == listings.size() - 1;
                week[0]++;
                week[1] += listing.meetingId().equals(item.decidedAtMeetingId()) ? 1 : 0;
                week[2] += last ? 0 : 1;
                week[3] += last && !item.decided() ? 1 : 0;
            }
        }
        return weeks.entrySet().stream()
                .map(w -> new DaTriageWeek(w.getKey(), w.getValue()[0], w.getValue()[1], w.getValue()[2], w.getValue()[3])).toList();
    }
}
