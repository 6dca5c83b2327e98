package io.frontdoor.triage.triage;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code frontdoor.workers}: the front-door workers a contact may be allocated to, by user id (the {@code sub} of their
 * token) with the name to show. The local stack lists its demo people; a deployment lists its team here or backs this
 * with the partnership's directory. A contact allocated to an id nobody signs in as would sit unworked.
 *
 * <pre>
 * frontdoor.workers[0].id=pat.practitioner
 * frontdoor.workers[0].name=Pat Practitioner
 * </pre>
 */
@ConfigurationProperties("frontdoor")
public record WorkerDirectory(List<Worker> workers) {

    public record Worker(String id, String name) {
    }

    public WorkerDirectory {
        workers = workers == null ? List.of() : List.copyOf(workers);
    }

    public Optional<Worker> find(String id) {
        return workers.stream().filter(worker -> worker.id().equals(id)).findFirst();
    }

    public boolean knows(String id) {
        return find(id).isPresent();
    }
}
