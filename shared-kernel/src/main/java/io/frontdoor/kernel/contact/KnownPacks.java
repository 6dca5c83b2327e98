package io.frontdoor.kernel.contact;

import java.util.Set;

/** The partnerships whose threshold packs Front Door ships; a contact must name one of them. */
public final class KnownPacks {

    public static final Set<String> IDS = Set.of(
            "north-lincolnshire", "leicester-leicestershire-rutland", "nottingham-city", "luton");

    private KnownPacks() {
    }
}
