package io.frontdoor.kernel.event.triage;

import java.util.List;

/** The weekly DA triage meeting decided an item: the route(s), why, and the agencies present. */
public record DaTriageItemDecidedV1(String contactId, String meetingId, List<String> routes, String rationale,
                                    List<String> agenciesPresent) {

    public static final String TYPE = "DaTriageItemDecided";
}
