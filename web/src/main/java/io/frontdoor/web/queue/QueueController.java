package io.frontdoor.web.queue;

import io.frontdoor.web.packs.PackCatalogue;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import io.frontdoor.web.signin.Person;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The front door's queue: open contacts most urgent first, in tabs with counts, filtered by partnership and RAG. The
 * page works without JavaScript; with it, the table refreshes itself as the projection's stream reports changes.
 */
@Controller
class QueueController {

    private final Services services;
    private final PackCatalogue packs;
    private final Clock clock;

    QueueController(Services services, PackCatalogue packs) {
        this.services = services;
        this.packs = packs;
        this.clock = Clock.systemUTC();
    }

    record Tab(String id, String label, long count, boolean selected, String href) {
    }

    @GetMapping("/")
    String queue(@RequestParam(defaultValue = "unallocated") String tab, @RequestParam(required = false) String pack,
                 @RequestParam(required = false) List<String> rag, Authentication authentication, Model model) {
        if (Person.of(authentication).isPartnerOnly()) {
            return "redirect:/refer";
        }
        fill(model, tab, pack, rag, Person.of(authentication));
        model.addAttribute("packs", packs.all());
        return "queue";
    }

    /** Just the table, for the page's script to swap in when the stream reports a change. */
    @GetMapping("/queue/table")
    String table(@RequestParam(defaultValue = "unallocated") String tab, @RequestParam(required = false) String pack,
                 @RequestParam(required = false) List<String> rag, Authentication authentication, Model model) {
        fill(model, tab, pack, rag, Person.of(authentication));
        return "queue :: results";
    }

    @PostMapping("/contacts/{contactId}/take")
    String take(@PathVariable String contactId, Authentication authentication) {
        services.post(Service.TRIAGE, "/api/triages/{id}/allocation", Map.of("worker", Person.of(authentication).id()), contactId);
        return "redirect:/contacts/" + contactId;
    }

    private void fill(Model model, String tabId, String pack, List<String> rag, Person person) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/queue");
        if (pack != null && !pack.isBlank()) {
            query.queryParam("pack", pack);
        }
        List<String> rags = rag == null ? List.of() : rag.stream().filter(r -> r.matches("RED|AMBER|GREEN|NONE")).toList();
        if (!rags.isEmpty()) {
            query.queryParam("rag", String.join(",", rags));
        }
        List<Map<String, Object>> entries = services.list(Service.PROJECTION, query.build().toUriString());
        QueueTab selected = QueueTab.of(tabId, person);
        Instant now = clock.instant();
        List<Tab> tabs = new ArrayList<>();
        for (QueueTab tab : QueueTab.values()) {
            if (tab.offeredTo(person)) {
                long count = entries.stream().filter(entry -> tab.shows(entry, person)).count();
                tabs.add(new Tab(tab.id(), tab.label(), count, tab == selected, link(tab.id(), pack, rags)));
            }
        }
        model.addAttribute("tabs", tabs);
        model.addAttribute("tab", selected);
        model.addAttribute("rows", entries.stream().filter(entry -> selected.shows(entry, person))
                .map(entry -> QueueRow.of(entry, now)).toList());
        model.addAttribute("pack", pack);
        model.addAttribute("rags", rags);
        model.addAttribute("tableUrl", link(selected.id(), pack, rags).replaceFirst("^/\\?", "/queue/table?"));
        model.addAttribute("streamUrl", "/queue/stream");
    }

    static String link(String tab, String pack, List<String> rags) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/").queryParam("tab", tab);
        if (pack != null && !pack.isBlank()) {
            link.queryParam("pack", pack);
        }
        rags.forEach(r -> link.queryParam("rag", r));
        return link.build().encode().toUriString();
    }
}
