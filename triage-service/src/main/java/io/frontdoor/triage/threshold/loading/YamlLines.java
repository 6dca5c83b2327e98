package io.frontdoor.triage.threshold.loading;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.Map;

/** Where each value of a YAML document starts, so that a problem can name the line an author must fix. */
final class YamlLines {

    private final Map<String, Integer> lineByPointer;

    private YamlLines(Map<String, Integer> lineByPointer) {
        this.lineByPointer = lineByPointer;
    }

    static YamlLines of(ObjectMapper yaml, String document) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = yaml.createParser(document)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        } catch (RuntimeException unreadable) {
            // the reader reports the syntax error itself; lines are a courtesy
        }
        return new YamlLines(lines);
    }

    /** The line of this place, or of the nearest enclosing place the document has. */
    Integer lineOf(PackPath path) {
        for (PackPath place = path; ; place = place.parent()) {
            Integer line = lineByPointer.get(place.pointer());
            if (line != null || place.isRoot()) {
                return line;
            }
        }
    }
}
