package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.platform.messaging.EventEnvelopes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What differs between two submissions of one contact, as field paths in the contract's own names
 * ({@code domesticAbuse.dashRisk}, {@code concerns.narrative}, {@code children[0].address.postcode}). A list of values
 * (indicator ids) is one field; a list of people is compared person by person ({@code children[1]} when one was added
 * or removed). {@code receivedAt} is when it was sent, not what was said: a resend differing only there is no change.
 */
public final class SubmissionChanges {

    static final Set<String> NOT_CONTENT = Set.of("receivedAt");

    private SubmissionChanges() {
    }

    public static List<String> between(ContactSubmission before, ContactSubmission after) {
        List<String> changes = new ArrayList<>();
        compare("", tree(before), tree(after), changes);
        return List.copyOf(changes);
    }

    private static JsonNode tree(ContactSubmission submission) {
        return EventEnvelopes.JSON.valueToTree(submission);
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<String> changes) {
        if (absent(before) && absent(after)) {
            return;
        }
        if (before != null && before.isObject() && after != null && after.isObject()) {
            Set<String> names = new LinkedHashSet<>(before.propertyNames());
            names.addAll(after.propertyNames());
            for (String name : names) {
                if (path.isEmpty() && NOT_CONTENT.contains(name)) {
                    continue;
                }
                compare(path.isEmpty() ? name : path + "." + name, before.get(name), after.get(name), changes);
            }
        } else if (before != null && before.isArray() && after != null && after.isArray() && containsObjects(before, after)) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                compare(path + "[" + i + "]", before.get(i), after.get(i), changes);
            }
        } else if (absent(before) || absent(after) || !before.equals(after)) {
            changes.add(path);
        }
    }

    /** A missing field, an explicit null and an empty list say the same: nothing was given. */
    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || (node.isArray() && node.isEmpty());
    }

    private static boolean containsObjects(JsonNode before, JsonNode after) {
        for (JsonNode node : List.of(before, after)) {
            for (JsonNode element : node) {
                if (element.isObject()) {
                    return true;
                }
            }
        }
        return false;
    }
}
