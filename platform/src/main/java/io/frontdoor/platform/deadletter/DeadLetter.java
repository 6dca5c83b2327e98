package io.frontdoor.platform.deadletter;

import java.time.Instant;

/**
 * One record on a {@code .DLT} topic, as an operator sees it: where it is, why it is there, where it came from, and
 * whether it was replayed. Never its key or content (they may carry personal data).
 */
public record DeadLetter(String deadLetterTopic, int partition, long offset, Instant deadLetteredAt, String reasonCode,
                         String reason, String originalTopic, Integer originalPartition, Long originalOffset,
                         Replay replayed) {

    public record Replay(Instant at, String by) {
    }

    DeadLetter withReplay(Replay replay) {
        return new DeadLetter(deadLetterTopic, partition, offset, deadLetteredAt, reasonCode, reason, originalTopic,
                originalPartition, originalOffset, replay);
    }
}
