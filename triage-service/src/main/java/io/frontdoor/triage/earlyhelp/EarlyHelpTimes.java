package io.frontdoor.triage.earlyhelp;

import io.frontdoor.triage.opening.PackCalendars;
import io.frontdoor.kernel.time.Timescale;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Early help's timescales from the pack (North Lincolnshire, 001: planning meeting within 20 working days, its record
 * within 20 working days of the meeting, reviews at most 3 months apart); the same figures where a pack is silent.
 */
@Component
public class EarlyHelpTimes {

    static final Timescale TWENTY_WORKING_DAYS = Timescale.of(20, Timescale.Unit.WORKING_DAYS);
    static final Timescale THREE_MONTHS = Timescale.of(3, Timescale.Unit.MONTHS);

    private final PackCalendars calendars;
    private final Clock clock;

    public EarlyHelpTimes(PackCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public Instant planningMeetingDue(String packId, Instant from) {
        return calendars.dueAt(packId, "earlyHelpPlanningMeeting", TWENTY_WORKING_DAYS, from);
    }

    public Instant planRecordDue(String packId, Instant meetingHeld) {
        return calendars.dueAt(packId, "earlyHelpPlanRecord", TWENTY_WORKING_DAYS, meetingHeld);
    }

    public Instant reviewDue(String packId, Instant from) {
        return calendars.dueAt(packId, "earlyHelpReview", THREE_MONTHS, from);
    }

}
