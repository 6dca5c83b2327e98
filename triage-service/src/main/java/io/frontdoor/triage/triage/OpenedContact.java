package io.frontdoor.triage.triage;

import io.frontdoor.triage.triage.TriageEvents.TriageOpened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a triage keeps of the contact it was opened on: the pack that judges it, when it came, its children, a postcode. */
record OpenedContact(String packId, Instant receivedAt, List<String> childNames, String firstPostcode) {

    static OpenedContact of(TriageOpened e) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < e.submission().children().size(); i++) {
            var child = e.submission().children().get(i);
            names.add(child == null ? "Child " + (i + 1) : child.displayName(i));
        }
        String firstPostcode = e.submission().children().stream()
                .filter(child -> child.address() != null && child.address().postcode() != null)
                .map(child -> child.address().postcode()).findFirst().orElse(null);
        return new OpenedContact(e.submission().packId(), e.receivedAt(), List.copyOf(names), firstPostcode);
    }

    /** Every child's index: a contact that lists no child is still about one. */
    List<Integer> everyChild() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < Math.max(1, childNames.size()); i++) {
            all.add(i);
        }
        return all;
    }

    /** The children a decision is judged for, by name. */
    List<String> namesToJudge() {
        return childNames.isEmpty() ? List.of("Child 1") : childNames;
    }

    String nameOf(int child) {
        return child < childNames.size() ? childNames.get(child) : "Child " + (child + 1);
    }
}
