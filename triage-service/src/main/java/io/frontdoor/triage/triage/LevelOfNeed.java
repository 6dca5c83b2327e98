package io.frontdoor.triage.triage;

/** A level of need as a decision records it: the national code and rank, and the partnership's own name for it. */
public record LevelOfNeed(String code, int rank, String localName) {
}
