package io.frontdoor.projection.view;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.eventlog.ReadSide;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every view of the read side. */
@Component
public class Views implements ReadSide {

    private final List<View> all;

    public Views(List<View> views) {
        this.all = views.stream().sorted(Comparator.comparing(View::name)).toList();
    }

    public List<View> all() {
        return all;
    }

    @Override
    public void apply(List<LoggedEvent> events) {
        apply(all, events);
    }

    public static void apply(List<View> views, List<LoggedEvent> events) {
        if (!events.isEmpty()) {
            views.forEach(view -> view.apply(events));
        }
    }

    /** The views named, or all of them for {@code all}; an unknown name is bad input. */
    public List<View> named(Collection<String> names) {
        if (names.isEmpty() || names.contains("all")) {
            return all;
        }
        List<String> known = all.stream().map(View::name).toList();
        names.stream().filter(name -> !known.contains(name)).findFirst().ifPresent(unknown -> {
            throw InvalidSubmissionException.of("views", "no view " + unknown + "; views are " + known);
        });
        return all.stream().filter(view -> names.contains(view.name())).toList();
    }
}
