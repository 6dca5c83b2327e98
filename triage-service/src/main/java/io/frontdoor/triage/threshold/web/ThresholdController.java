package io.frontdoor.triage.threshold.web;

import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.threshold.engine.Recommendation;
import io.frontdoor.triage.threshold.engine.ThresholdEngine;
import io.frontdoor.triage.threshold.loading.PackRegistry;
import io.frontdoor.triage.threshold.pack.Pack;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.stream.Collectors;

/** Checks a contact against a partnership's threshold, and shows the packs that can be checked against. */
@RestController
@RequestMapping("/api")
public class ThresholdController {

    private final PackRegistry packs;
    private final ThresholdEngine engine;

    public ThresholdController(PackRegistry packs, ThresholdEngine engine) {
        this.packs = packs;
        this.engine = engine;
    }

    /** The {@code pack} query parameter wins over {@code packId} in the body. */
    @PostMapping("/threshold/evaluate")
    public Recommendation evaluate(@RequestParam(name = "pack", required = false) String packParameter,
                                   @RequestBody ContactSubmission contact) {
        String packId = packParameter != null && !packParameter.isBlank() ? packParameter : contact.packId();
        if (packId == null || packId.isBlank()) {
            throw InvalidSubmissionException.of("pack", "name the threshold pack to check against, as ?pack=ID or packId in the body; known packs: " + known());
        }
        Pack pack = packs.find(packId.strip()).orElseThrow(() ->
                InvalidSubmissionException.of("pack", "unknown threshold pack '" + packId + "'; known packs: " + known()));
        return engine.evaluate(pack, contact);
    }

    @GetMapping("/packs")
    public List<PackSummary> packs() {
        return packs.all().stream().map(PackSummary::of).toList();
    }

    @GetMapping("/packs/{id}")
    public PackDetails pack(@PathVariable("id") String id) {
        return packs.find(id).map(PackDetails::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no threshold pack '" + id + "'; known packs: " + known()));
    }

    private String known() {
        return packs.all().stream().map(Pack::id).collect(Collectors.joining(", "));
    }
}
