package io.frontdoor.triage.opening;

import io.frontdoor.kernel.time.OfficeHours;
import io.frontdoor.kernel.time.OfficeHours.Window;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;

/** A pack's office hours as the working-day calendar reads them. */
final class OfficeHoursOfPack {

    private OfficeHoursOfPack() {
    }

    static OfficeHours of(io.frontdoor.kernel.time.OfficeHours pack) {
        Map<DayOfWeek, Window> days = new EnumMap<>(DayOfWeek.class);
        pack.days().forEach((day, times) -> days.put(day, new Window(times.open(), times.close())));
        return OfficeHours.of(pack.timeZone(), days);
    }
}
