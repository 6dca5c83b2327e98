package io.frontdoor.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {

    final BankHolidays holidays = BankHolidays.englandAndWales();

    @Test
    void the2026ListIsGovUksList() {
        assertThat(holidays.all().stream().filter(d -> d.getYear() == 2026).toList()).containsExactly(
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"),
                LocalDate.parse("2026-05-04"), LocalDate.parse("2026-05-25"), LocalDate.parse("2026-08-31"),
                LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"));
    }

    @Test
    void everyYearFrom2024To2030HasEightHolidaysOnWeekdaysWithGoodFridayAndEasterMondayAroundEaster() {
        for (int year = 2024; year <= 2030; year++) {
            int y = year;
            List<LocalDate> dates = holidays.all().stream().filter(d -> d.getYear() == y).toList();
            assertThat(dates).as("year %d", year).hasSize(8)
                    .allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            LocalDate easter = easterSunday(year);
            assertThat(dates).as("year %d", year).contains(easter.minusDays(2), easter.plusDays(1));
        }
    }

    @Test
    void christmasOnAWeekendMovesToTheFollowingWeekdays() {
        assertThat(holidays.all()).contains(LocalDate.parse("2027-12-27"), LocalDate.parse("2027-12-28"), LocalDate.parse("2028-01-03"));
        assertThat(holidays.isHoliday(LocalDate.parse("2027-12-25"))).isFalse();
        assertThat(holidays.covers(LocalDate.parse("2030-06-01"))).isTrue();
        assertThat(holidays.covers(LocalDate.parse("2031-06-01"))).isFalse();
    }

    /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the data file. */
    static LocalDate easterSunday(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        return LocalDate.of(year, (h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1);
    }
}
