package io.frontdoor.infra;

import java.util.List;

/**
 * A contact full of distinctive, fictional personal data (names, dates of birth, an NHS number, an address, a
 * narrative), for the tests that prove none of it reaches a log.
 */
public final class SyntheticPersonalData {

    public static final List<String> VALUES = List.of(
            "Zebedee", "Quillfeather", "2021-07-14", "4857773457", "Larkspur", "Wrenfield", "blue caravan",
            "Marigold", "1987-11-03", "Tansy Officer", "07700 900461", "14/07/2021");

    private SyntheticPersonalData() {
    }

    /** A valid ContactSubmission from the given agency carrying every value. */
    public static String contact(String agency, String reference) {
        return """
                {"packId": "luton", "externalReference": "%s", "channel": "PARTNER_API", "receivedAt": "2026-11-20T10:15:00Z",
                 "referrer": {"agencyType": "%s", "agencyName": "Testshire %2$s", "name": "Tansy Officer", "phone": "07700 900461"},
                 "children": [{"givenName": "Zebedee", "familyName": "Quillfeather", "dateOfBirth": "2021-07-14",
                               "nhsNumber": "4857773457", "address": {"line1": "17 Larkspur Mews", "town": "Wrenfield",
                               "postcode": "LU1 2BQ"}}],
                 "adults": [{"givenName": "Marigold", "familyName": "Quillfeather", "dateOfBirth": "1987-11-03",
                             "relationship": "MOTHER"}],
                 "concerns": {"indicatorIds": [], "narrative": "Zebedee said they sleep in the blue caravan at Wrenfield"},
                 "consent": {"status": "GIVEN"}}
                """.formatted(reference, agency);
    }

    /** The same contact with the child's date of birth in a form no parser accepts. */
    public static String unreadableContact(String agency, String reference) {
        return contact(agency, reference).replace("\"dateOfBirth\": \"2021-07-14\"", "\"dateOfBirth\": \"14/07/2021\"");
    }

    /** The personal values that appear in the text. */
    public static List<String> foundIn(String text) {
        return VALUES.stream().filter(text::contains).toList();
    }
}
