package io.frontdoor.triage.triage;

import io.frontdoor.kernel.event.Topics;
import io.frontdoor.kernel.event.triage.ChildSummary;
import io.frontdoor.kernel.event.triage.TriageOpenedV1;
import io.frontdoor.platform.messaging.IntegrationEvent;
import io.frontdoor.platform.messaging.IntegrationEventMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Triage's public events on {@code frontdoor.triage.v1}, keyed by contact id. */
@Component
public class TriageEventsToKafka implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> map(Object event) {
        if (event instanceof TriageOpened opened) {
            var submission = opened.submission();
            var children = submission.children().stream()
                    .map(c -> new ChildSummary(c.givenName(), c.familyName(), c.dateOfBirth(), c.expectedDateOfBirth()))
                    .toList();
            return Optional.of(new IntegrationEvent(Topics.TRIAGE, opened.contactId(), TriageOpenedV1.TYPE,
                    new TriageOpenedV1(opened.contactId(), submission.packId(), children, opened.receivedAt(),
                            submission.referrer().agencyType().name(), submission.referrer().agencyName(),
                            submission.externalReference(), submission.channel() == null ? null : submission.channel().name(),
                            null, null, opened.decisionDueAt(), false)));
        }
        return Optional.empty();
    }
}
