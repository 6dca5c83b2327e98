package io.frontdoor.triage.earlyhelp;

import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.StartEarlyHelpEpisode;
import io.frontdoor.triage.triage.TriageEvents.ContactRouted;
import io.frontdoor.triage.triage.web.TriageReader;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** A contact routed to EARLY_HELP starts its episode, in the same transaction as the routing (one episode per contact). */
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
        if ("EARLY_HELP".equals(routed.route())) {
            commands.sendAndWait(new StartEarlyHelpEpisode(episodeId(routed.contactId()), routed.contactId(),
                    triages.submission(routed.contactId()).packId(), routed.details().get("locality")));
        }
    }
}
