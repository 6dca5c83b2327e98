package io.frontdoor.web.queue;

import java.time.Duration;

/** Time left as a worker reads it: "2 h 10 min left", "overdue by 2 h 10 min", "overdue by 3 days 4 h". */
public final class TimeInWords {

    private TimeInWords() {
    }

    public static String timeLeft(Long seconds) {
        if (seconds == null) {
            return "";
        }
        return seconds < 0 ? "overdue by " + span(Duration.ofSeconds(-seconds)) : span(Duration.ofSeconds(seconds)) + " left";
    }

    static String span(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + (days == 1 ? " day" : " days") + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        return Math.max(minutes, duration.isZero() ? 0 : 1) + " min";
    }
}
