package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.validation.Violation;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpChildrenJoined;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpEpisodeStarted;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpSteppedUp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The children of the contact an episode covers, by their places in the first contact: an entity of the
 * {@link EarlyHelpEpisode}. Empty in episodes started before episodes named their children: then it covers every child.
 */
final class EpisodeChildren {

    private final Set<Integer> children = new TreeSet<>();

    List<Integer> notYetIn(List<Integer> named) {
        return named.stream().filter(child -> !children.contains(child)).toList();
    }

    /** The children a step-up concerns: those named (each must be the episode's), or every child of the episode. */
    List<Integer> steppedUp(List<Integer> named) {
        List<Violation> notHere = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            if (!children.isEmpty() && !children.contains(named.get(i))) {
                notHere.add(new Violation("childIndexes[" + i + "]",
                        "child " + named.get(i) + " is not in this early-help episode (it covers " + children + ")"));
            }
        }
        if (!notHere.isEmpty()) {
            throw new InvalidSubmissionException(notHere);
        }
        return named.isEmpty() ? List.copyOf(children) : List.copyOf(new TreeSet<>(named));
    }

    boolean isEmpty() {
        return children.isEmpty();
    }

    @EventSourcingHandler
    void on(EarlyHelpEpisodeStarted e) {
        children.addAll(e.childIndexes());
    }

    @EventSourcingHandler
    void on(EarlyHelpChildrenJoined e) {
        children.addAll(e.childIndexes());
    }

    /** No children named (older events): every child stepped up. */
    @EventSourcingHandler
    void on(EarlyHelpSteppedUp e) {
        if (e.childIndexes().isEmpty()) {
            children.clear();
        } else {
            children.removeAll(e.childIndexes());
        }
    }
}
