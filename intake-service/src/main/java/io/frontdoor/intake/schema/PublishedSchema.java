package io.frontdoor.intake.schema;

/** A JSON Schema intake publishes: which message type and version, which topic it travels on, and which way. */
public record PublishedSchema(String type, int version, String title, String topic, Direction direction, String href) {

    public enum Direction { IN, OUT }
}
