package io.frontdoor.kernel.event.triage;

/** The contact was allocated (or reallocated) to a worker. */
public record TriageAllocatedV1(String contactId, String worker, String allocatedBy, String previousWorker) {

    public static final String TYPE = "TriageAllocated";
}
