package io.frontdoor.kernel.contact;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode by BS7666 format rules: no Q, V or X first; no I, J or Z second; the inward code's letters
 * never C, I, K, M, O or V. A format check cannot prove the postcode exists.
 */
public record Postcode(String value) {

    private static final Pattern FORMAT = Pattern.compile(
            "^(GIR ?0AA|"
                    + "[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])"
                    + " ?[0-9][ABD-HJLNP-UW-Z]{2})$");

    public Postcode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid UK postcode");
        }
        value = normalise(value);
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")).matches();
    }

    /** Upper case with a single space before the inward code: "lu12bq" → "LU1 2BQ". */
    public static String normalise(String candidate) {
        String compact = candidate.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
