package io.frontdoor.triage.triage;

/**
 * Why a worker closes a contact without the outcome feedback that closes it otherwise. Only a duplicate may be closed
 * before its decision is final: its work goes on in the contact it duplicates.
 */
public enum ClosureReason {
    /** The referrer gave no name or way back: there is no one to send the outcome to. */
    ANONYMOUS_REFERRER,
    /** Another contact is about the same concern; the work is done there. */
    DUPLICATE,
    /** The decision is final and the referrer has been told another way (at a strategy discussion, a meeting, by the police). */
    REFERRER_TOLD_ANOTHER_WAY,
    /** The decision is final and nothing more is owed by the front door. */
    NO_FURTHER_WORK;

    boolean beforeTheDecisionIsFinal() {
        return this == DUPLICATE;
    }
}
