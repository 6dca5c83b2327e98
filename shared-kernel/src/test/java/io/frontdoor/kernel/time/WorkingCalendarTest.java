package io.frontdoor.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.kernel.time.OfficeHours.Window;
import io.frontdoor.kernel.time.Timescale.Unit;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final BankHolidays HOLIDAYS = BankHolidays.englandAndWales();

    /** North Lincolnshire: Monday to Thursday 9 to 5, Friday 9 to 4.30. */
    static final WorkingCalendar NORTH_LINCOLNSHIRE = new WorkingCalendar(HOLIDAYS, office(
            Map.of(DayOfWeek.MONDAY, "09:00-17:00", DayOfWeek.TUESDAY, "09:00-17:00", DayOfWeek.WEDNESDAY, "09:00-17:00",
                    DayOfWeek.THURSDAY, "09:00-17:00", DayOfWeek.FRIDAY, "09:00-16:30")));
    /** Nottingham: Monday to Friday 8.30 to 5. */
    static final WorkingCalendar NOTTINGHAM = new WorkingCalendar(HOLIDAYS, office(
            Map.of(DayOfWeek.MONDAY, "08:30-17:00", DayOfWeek.TUESDAY, "08:30-17:00", DayOfWeek.WEDNESDAY, "08:30-17:00",
                    DayOfWeek.THURSDAY, "08:30-17:00", DayOfWeek.FRIDAY, "08:30-17:00")));

    static OfficeHours office(Map<DayOfWeek, String> days) {
        Map<DayOfWeek, Window> windows = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, hours) -> windows.put(day, new Window(LocalTime.parse(hours.substring(0, 5)), LocalTime.parse(hours.substring(6)))));
        return OfficeHours.of(LONDON, windows);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void workingHoursStopAtFridaysEarlyCloseAndResumeOnMonday() {
        assertThat(NORTH_LINCOLNSHIRE.plusWorkingHours(at("2026-11-20T15:00:00Z"), 4)).isEqualTo(at("2026-11-23T11:30:00Z"));
        assertThat(NOTTINGHAM.plusWorkingHours(at("2026-11-20T15:00:00Z"), 4)).isEqualTo(at("2026-11-23T10:30:00Z"));
    }

    @Test
    void aWorkingDaySkipsGoodFridayAndEasterMonday() {
        assertThat(NORTH_LINCOLNSHIRE.plusWorkingDays(at("2026-04-02T09:00:00Z"), 1)).isEqualTo(at("2026-04-07T09:00:00Z"));
    }

    @Test
    void aWorkingDaySkipsChristmasAndTheBoxingDaySubstitute() {
        assertThat(NORTH_LINCOLNSHIRE.plusWorkingDays(at("2026-12-24T14:00:00Z"), 1)).isEqualTo(at("2026-12-29T14:00:00Z"));
    }

    @Test
    void aWorkingDayEndingOnAFridayIsClampedToItsEarlyClose() {
        assertThat(NORTH_LINCOLNSHIRE.plusWorkingDays(at("2026-11-19T16:45:00Z"), 1)).isEqualTo(at("2026-11-20T16:30:00Z"));
    }

    @Test
    void aClockStartedOutOfHoursStartsAtTheNextOpening() {
        assertThat(NORTH_LINCOLNSHIRE.isOpen(at("2026-11-21T22:00:00Z"))).isFalse();
        assertThat(NORTH_LINCOLNSHIRE.plusWorkingHours(at("2026-11-21T22:00:00Z"), 4)).isEqualTo(at("2026-11-23T13:00:00Z"));
        assertThat(NORTH_LINCOLNSHIRE.isOpen(at("2026-11-20T16:45:00Z"))).isFalse();
        assertThat(NORTH_LINCOLNSHIRE.plusWorkingDays(at("2026-11-20T17:00:00Z"), 1)).isEqualTo(at("2026-11-24T09:00:00Z"));
    }

    @Test
    void workingHoursAcrossTheSpringClockChangeCountOfficeTimeNotUtc() {
        assertThat(NORTH_LINCOLNSHIRE.plusWorkingHours(at("2026-03-27T15:00:00Z"), 4)).isEqualTo(at("2026-03-30T10:30:00Z"));
    }

    @Test
    void aCalendarDayAcrossTheAutumnClockChangeKeepsTheLocalTime() {
        assertThat(NORTH_LINCOLNSHIRE.dueAt(at("2026-10-24T09:00:00Z"), new Timescale(1, Unit.DAYS))).isEqualTo(at("2026-10-25T10:00:00Z"));
        assertThat(NORTH_LINCOLNSHIRE.dueAt(at("2026-10-24T09:00:00Z"), new Timescale(24, Unit.HOURS))).isEqualTo(at("2026-10-25T09:00:00Z"));
        assertThat(NORTH_LINCOLNSHIRE.dueAt(at("2026-01-31T12:00:00Z"), new Timescale(3, Unit.MONTHS))).isEqualTo(at("2026-04-30T11:00:00Z"));
    }

    @Test
    void aBankHolidayIsClosedAndTheNextOpeningIsTheNextWorkingDay() {
        assertThat(NOTTINGHAM.isOpen(at("2026-04-03T09:00:00Z"))).isFalse();
        assertThat(NOTTINGHAM.nextOpening(at("2026-04-03T09:00:00Z"))).isEqualTo(at("2026-04-07T07:30:00Z"));
        assertThat(NOTTINGHAM.isOpen(at("2026-04-07T07:30:00Z"))).isTrue();
    }

    @Test
    void timescalesParseFromThePackFormat() {
        assertThat(Timescale.parse(Map.of("workingDays", 20))).isEqualTo(new Timescale(20, Unit.WORKING_DAYS));
        assertThat(NORTH_LINCOLNSHIRE.dueAt(at("2026-11-18T10:15:00Z"), Timescale.parse(Map.of("workingHours", 4))))
                .isEqualTo(at("2026-11-18T14:15:00Z"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Timescale.parse(Map.of("fortnights", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
