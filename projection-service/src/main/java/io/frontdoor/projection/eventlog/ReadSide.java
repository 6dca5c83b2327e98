package io.frontdoor.projection.eventlog;

import java.util.List;

/** What is built from the log: given the events just logged, it brings itself up to date in the same transaction. */
public interface ReadSide {

    void apply(List<LoggedEvent> fresh);
}
