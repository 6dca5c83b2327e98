package io.frontdoor.platform.deadletter;

import io.frontdoor.platform.audit.AccessAudit;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN (the platform's {@code /api/admin/**} rule): each listing and each replay is in the access audit. */
@RestController
@Tag(name = "Dead letters", description = "Records this service could not process: why, from where, and replaying one once its cause is fixed")
class DeadLetterController {

    static final int MAX_LISTED = 500;

    private final DeadLetters deadLetters;
    private final AccessAudit audit;

    DeadLetterController(DeadLetters deadLetters, AccessAudit audit) {
        this.deadLetters = deadLetters;
        this.audit = audit;
    }

    @GetMapping("/api/admin/dead-letters/topics")
    @Operation(summary = "The topics this service consumes (each has a .DLT)")
    Set<String> topics() {
        return deadLetters.topics();
    }

    @GetMapping("/api/admin/dead-letters")
    @Operation(summary = "A topic's dead letters, newest first: reason, original topic, partition and offset (never the content)")
    List<DeadLetter> list(@RequestParam String topic, @RequestParam(defaultValue = "100") int limit, Actor actor) {
        List<DeadLetter> letters = deadLetters.list(topic, Math.max(1, Math.min(limit, MAX_LISTED)));
        audit.recordRead(actor, RecordType.DEAD_LETTER, topic, "GET /api/admin/dead-letters");
        return letters;
    }

    @PostMapping("/api/admin/dead-letters/{topic}/{partition}/{offset}/replay")
    @Operation(summary = "Send one dead letter (its .DLT partition and offset) back to its topic; a second replay sends nothing")
    DeadLetter replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset, Actor actor) {
        DeadLetter replayed = deadLetters.replay(topic, partition, offset, actor.userId());
        audit.recordRead(actor, RecordType.DEAD_LETTER, topic + "/" + partition + "@" + offset,
                "POST /api/admin/dead-letters/{topic}/{partition}/{offset}/replay");
        return replayed;
    }
}
