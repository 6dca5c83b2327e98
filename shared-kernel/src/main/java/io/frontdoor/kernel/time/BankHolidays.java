package io.frontdoor.kernel.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * England and Wales bank holidays, from {@code calendar/bank-holidays-england-and-wales.json} in GOV.UK's
 * {@code bank-holidays.json} shape. The dates for 2024–2030 follow the statutory rules (with substitute days);
 * refresh the file from GOV.UK when a one-off holiday is proclaimed.
 */
public final class BankHolidays {

    static final String RESOURCE = "/calendar/bank-holidays-england-and-wales.json";

    /** Each event's {@code "date": "yyyy-mm-dd"}, the file's only dates: the kernel reads them without a JSON library. */
    private static final Pattern EVENT_DATE = Pattern.compile("\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");

    private final TreeSet<LocalDate> dates;

    public BankHolidays(Set<LocalDate> dates) {
        this.dates = new TreeSet<>(dates);
    }

    public static BankHolidays englandAndWales() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Set<LocalDate> dates = new TreeSet<>();
            Matcher date = EVENT_DATE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (date.find()) {
                dates.add(LocalDate.parse(date.group(1)));
            }
            return new BankHolidays(dates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isHoliday(LocalDate date) {
        return dates.contains(date);
    }

    /** The years the data covers; beyond them a due time would silently ignore holidays, so callers can check. */
    public boolean covers(LocalDate date) {
        return !dates.isEmpty() && date.getYear() >= dates.first().getYear() && date.getYear() <= dates.last().getYear();
    }

    public Set<LocalDate> all() {
        return java.util.Collections.unmodifiableSet(dates);
    }
}
