package io.frontdoor.kernel.event.triage;

/** A partner answered a MASH check; the content stays in triage, only the fact and who recorded it are public. */
public record PartnerCheckRespondedV1(String contactId, String checkId, String agency, String recordedBy) {

    public static final String TYPE = "PartnerCheckResponded";
}
