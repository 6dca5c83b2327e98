package io.frontdoor.projection.rebuild;

import io.frontdoor.kernel.domain.NotFoundException;
import io.frontdoor.projection.view.Views;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rebuilds", description = "Rebuild views from the event log while the live ones keep serving, then switch over")
public class RebuildController {

    private final Rebuilds rebuilds;
    private final Views views;

    public RebuildController(Rebuilds rebuilds, Views views) {
        this.rebuilds = rebuilds;
        this.views = views;
    }

    @GetMapping("/api/admin/views")
    @Operation(summary = "The views that can be rebuilt, and the tables each owns")
    public Map<String, List<String>> views() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        views.all().forEach(view -> tables.put(view.name(), view.tables()));
        return tables;
    }

    @PostMapping("/api/admin/rebuilds")
    @Operation(summary = "Start rebuilding views (202 with the rebuild's progress; 409 while another runs)")
    public ResponseEntity<RebuildProgress> start(
            @Parameter(description = "view names, e.g. contacts,timeline; none or 'all' for every view")
            @RequestParam(required = false, defaultValue = "all") List<String> views) {
        RebuildProgress started = rebuilds.start(views);
        return ResponseEntity.accepted().location(URI.create("/api/admin/rebuilds/" + started.id())).body(started);
    }

    @GetMapping("/api/admin/rebuilds/{id}")
    @Operation(summary = "A rebuild's progress: events done, rate and an estimate of the time left")
    public RebuildProgress progress(@PathVariable String id) {
        return rebuilds.progress(id).orElseThrow(() -> new NotFoundException("no rebuild " + id));
    }

    @GetMapping("/api/admin/rebuilds")
    @Operation(summary = "The last 20 rebuilds")
    public List<RebuildProgress> recent() {
        return rebuilds.recent();
    }
}
