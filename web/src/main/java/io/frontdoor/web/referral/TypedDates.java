package io.frontdoor.web.referral;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates and times as people type them into GOV.UK date inputs ("1", "3", "2022") and time fields ("23:40"). */
final class TypedDates {

    private TypedDates() {
    }

    static Optional<LocalDate> date(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year == null ? "" : year.strip());
            if (y < 1900) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (NumberFormatException | NullPointerException | DateTimeException notADate) {
            return Optional.empty();
        }
    }

    static boolean blank(String day, String month, String year) {
        return isBlank(day) && isBlank(month) && isBlank(year);
    }

    static Optional<LocalTime> time(String typed) {
        if (isBlank(typed)) {
            return Optional.empty();
        }
        String text = typed.strip().replace('.', ':');
        try {
            return Optional.of(LocalTime.parse(text.length() == 4 && text.indexOf(':') == 1 ? "0" + text : text));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
