package io.frontdoor.kernel.contact;

import java.util.Locale;

/**
 * An agency's name compared one way everywhere: ignoring case and outer spaces, so "Demoshire Police" and
 * " demoshire police " are one agency and "Demo Primary School" is never "Demo Primary School 2".
 */
public final class AgencyNames {

    private AgencyNames() {
    }

    /** The form names are compared in (and indexed by): stripped, lower case; null for none. */
    public static String normalise(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }
}
