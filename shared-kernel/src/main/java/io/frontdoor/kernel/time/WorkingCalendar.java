package io.frontdoor.kernel.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Due times by the front door's working days: weekends, England and Wales bank holidays and the office's own hours
 * are not working time. All instants are UTC; all reasoning about days and hours is in the office's time zone, so
 * the clock change moves nothing a person would notice.
 *
 * <ul>
 * <li>Working hours count only open office time; a clock started out of hours starts at the next opening.</li>
 * <li>N working days from a moment is the same local time N working days later (the clock starts at the next opening
 * when out of hours), clamped to that day's closing time when the office closes earlier (Friday 16:30).</li>
 * <li>Hours, days and months are calendar time; days and months keep the local time across a clock change.</li>
 * </ul>
 */
public final class WorkingCalendar {

    private static final int SEARCH_LIMIT_DAYS = 400;

    private final BankHolidays holidays;
    private final OfficeHours office;

    public WorkingCalendar(BankHolidays holidays, OfficeHours office) {
        this.holidays = holidays;
        this.office = office;
    }

    public boolean isWorkingDay(LocalDate date) {
        return office.on(date.getDayOfWeek()).isPresent() && !holidays.isHoliday(date);
    }

    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(office.timeZone());
        return window(local.toLocalDate())
                .filter(w -> w.includes(local.toLocalTime()))
                .isPresent();
    }

    /** {@code instant} itself when open, else the next time the office opens. */
    public Instant nextOpening(Instant instant) {
        if (isOpen(instant)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(office.timeZone());
        LocalDate day = local.toLocalDate();
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, day = day.plusDays(1)) {
            Optional<OfficeHours.Window> w = window(day);
            if (w.isPresent() && (i > 0 || local.toLocalTime().isBefore(w.get().open()))) {
                return day.atTime(w.get().open()).atZone(office.timeZone()).toInstant();
            }
        }
        throw new IllegalStateException("the office never opens");
    }

    public Instant plusWorkingHours(Instant start, long hours) {
        Duration left = Duration.ofHours(hours);
        Instant at = nextOpening(start);
        while (true) {
            ZonedDateTime local = at.atZone(office.timeZone());
            Instant closes = local.toLocalDate().atTime(window(local.toLocalDate()).orElseThrow().close())
                    .atZone(office.timeZone()).toInstant();
            Duration today = Duration.between(at, closes);
            if (left.compareTo(today) <= 0) {
                return at.plus(left);
            }
            left = left.minus(today);
            at = nextOpening(closes);
        }
    }

    public Instant plusWorkingDays(Instant start, int days) {
        ZonedDateTime from = nextOpening(start).atZone(office.timeZone());
        LocalDate day = from.toLocalDate();
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        LocalTime close = window(day).orElseThrow().close();
        LocalTime time = from.toLocalTime().isAfter(close) ? close : from.toLocalTime();
        return day.atTime(time).atZone(office.timeZone()).toInstant();
    }

    public Instant dueAt(Instant start, Timescale timescale) {
        return switch (timescale.unit()) {
            case HOURS -> start.plus(Duration.ofHours(timescale.amount()));
            case WORKING_HOURS -> plusWorkingHours(start, timescale.amount());
            case WORKING_DAYS -> plusWorkingDays(start, timescale.amount());
            case DAYS -> start.atZone(office.timeZone()).plusDays(timescale.amount()).toInstant();
            case MONTHS -> start.atZone(office.timeZone()).plusMonths(timescale.amount()).toInstant();
        };
    }

    private Optional<OfficeHours.Window> window(LocalDate day) {
        return isWorkingDay(day) ? office.on(day.getDayOfWeek()) : Optional.empty();
    }
}
