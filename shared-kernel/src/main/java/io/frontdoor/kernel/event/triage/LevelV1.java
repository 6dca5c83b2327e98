package io.frontdoor.kernel.event.triage;

/** A level of need: national code and rank, and the partnership's own name for it. */
public record LevelV1(String code, int rank, String localName) {
}
