package io.frontdoor.kernel.validation;

/**
 * The longest text Front Door accepts in each kind of free-text field, in one place: every request record and the
 * contact validator take their limits from here, so a 200 KB "rationale" is refused rather than recorded.
 */
public final class TextLimits {

    /** A worker's or meeting's own words: rationales, notes, summaries, reasons, messages, questions, responses. */
    public static final int NARRATIVE = 10_000;
    /** A referral's narrative as partners send it (the published partner schemas' {@code maxLength}). */
    public static final int REFERRAL_NARRATIVE = 20_000;
    /** Short text: attendees, participants, next steps, address lines, e-mail addresses. */
    public static final int SHORT_TEXT = 500;
    /** A line of a referral's address, an e-mail address, a reason consent was not sought (the partner schemas' limit). */
    public static final int REFERRAL_TEXT = 200;
    /** A telephone number. */
    public static final int PHONE = 40;
    /** Names, roles, agencies, relationships, towns. */
    public static final int NAME = 100;
    /** Identifiers: references, worker ids. */
    public static final int IDENTIFIER = 100;
    /** Entries in a list of short items (routes, agencies present, indicator ids). */
    public static final int LIST_ITEMS = 100;

    private TextLimits() {
    }
}
