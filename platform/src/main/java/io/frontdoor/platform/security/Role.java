package io.frontdoor.platform.security;

import java.util.Set;

/** What a person or a partner system may do in Front Door: the {@code roles} claim of its token. */
public enum Role {
    /** A partner agency's referrer or system: refers, checks the threshold, follows its own agency's referrals. */
    PARTNER_REFERRER,
    /** A front-door social worker: the queue, contacts, chronologies; allocates, requests checks, decides, gives feedback. */
    PRACTITIONER,
    /** All a practitioner does, plus authorising or returning decisions, dashboards and escalation stages. */
    MANAGER,
    /** Reads everything, including the access audit; changes nothing. */
    AUDITOR,
    /** Rebuilds and operations; no case content unless also granted a case role. */
    ADMIN;

    /** Who may read case content (the queue, a contact, a timeline, a chronology). */
    public static final Set<Role> CASE_READERS = Set.of(PRACTITIONER, MANAGER, AUDITOR);
    /** Who may change a case (allocate, request checks, decide, record feedback). */
    public static final Set<Role> CASE_WORKERS = Set.of(PRACTITIONER, MANAGER);
    /** Every role: for what any signed-in caller may see. */
    public static final Set<Role> ANY = Set.of(values());

    public String authority() {
        return "ROLE_" + name();
    }
}
