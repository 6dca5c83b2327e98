package io.frontdoor.triage;

import io.frontdoor.triage.childindex.ChildIndexUpdates;
import io.frontdoor.triage.datriage.DaTriagePolicy;
import io.frontdoor.triage.earlyhelp.EarlyHelpStarter;
import io.frontdoor.triage.escalation.DecisionRevision;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Policies that must succeed or fail with the command that triggered them propagate their errors (never log-and-skip).
 * Policies carry no Spring annotation of their own: they are imported here as beans.
 */
@Configuration
@Import(DaTriagePolicy.class)
class TriageProcessingConfiguration {

    @Autowired
    void propagateErrorsOfTransactionalPolicies(EventProcessingConfigurer processing) {
        for (String group : new String[] {DecisionRevision.GROUP, ChildIndexUpdates.GROUP, DaTriagePolicy.GROUP, EarlyHelpStarter.GROUP}) {
            processing.registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
        }
    }
}
