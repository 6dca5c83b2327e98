package io.frontdoor.projection.view;

import io.frontdoor.projection.eventlog.LoggedEvent;
import java.util.List;

/**
 * A read model built from the event log. {@link #apply} is given events in log order and writes through the current
 * transaction's connection, to whichever schema its search path names: the live one, a rebuild's, or an as-at replay's.
 * It must depend only on the events (never on the clock) and give the same tables however the log is cut into batches.
 */
public interface View {

    /** The name a rebuild is asked for, e.g. {@code contacts}. */
    String name();

    /** The tables this view owns and writes; queries of other features may read them. */
    List<String> tables();

    void apply(List<LoggedEvent> events);
}
