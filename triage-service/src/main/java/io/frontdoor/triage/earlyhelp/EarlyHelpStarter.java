package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.StartEarlyHelpEpisode;
import io.frontdoor.triage.triage.TriageEvents.ContactRouted;
import io.frontdoor.triage.triage.TriageReader;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A contact routed to EARLY_HELP starts its episode for the children routed, in the same transaction as the routing (one
 * episode per contact: children stepped down later join it).
 */
@Component
@ProcessingGroup(EarlyHelpStarter.GROUP)
public class EarlyHelpStarter {

    public static final String GROUP = "early-help";

    private final CommandGateway commands;
    private final TriageReader triages;

    public EarlyHelpStarter(CommandGateway commands, TriageReader triages) {
        this.commands = commands;
        this.triages = triages;
    }

    public static String episodeId(String contactId) {
        return "eh-" + contactId;
    }

    @EventHandler
    void on(ContactRouted routed) {
        if (RouteCode.EARLY_HELP.name().equals(routed.route())) {
            var contact = triages.submission(routed.contactId());
            List<Integer> children = routed.childIndexes().isEmpty()
                    ? IntStream.range(0, contact.children().size()).boxed().toList() : routed.childIndexes();
            commands.sendAndWait(new StartEarlyHelpEpisode(episodeId(routed.contactId()), routed.contactId(), contact.packId(),
                    routed.details().get("locality"), children));
        }
    }
}
