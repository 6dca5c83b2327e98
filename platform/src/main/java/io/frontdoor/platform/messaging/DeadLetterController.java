package io.frontdoor.platform.messaging;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For operations (ADMIN, as every {@code /api/admin/**}): each topic's newest dead letters and why, without their content. */
@RestController
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/admin/dead-letters")
    Map<String, List<DeadLetters.DeadLetter>> deadLetters(@RequestParam(defaultValue = "50") int perTopic) {
        if (perTopic < 1 || perTopic > 500) {
            throw InvalidSubmissionException.of("perTopic", "must be between 1 and 500");
        }
        return deadLetters.newest(perTopic);
    }
}
