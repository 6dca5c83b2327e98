package io.frontdoor.triage.threshold.loading;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The JSON Schema (draft 2020-12) every pack file must satisfy before anything else is checked. */
public final class PackSchema {

    public static final String RESOURCE = "packs/pack.schema.json";

    private final Schema schema;
    private final Set<String> tags;

    private PackSchema(String schemaText) {
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText, InputFormat.JSON);
        Set<String> vocabulary = new LinkedHashSet<>();
        JsonMapper.shared().readTree(schemaText).path("$defs").path("tag").path("enum").values()
                .forEach(tag -> vocabulary.add(tag.asString()));
        this.tags = Set.copyOf(vocabulary);
    }

    public static PackSchema fromClasspath() {
        try (InputStream in = PackSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new PackSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the schema finds wrong, in document order. */
    public List<Finding> check(JsonNode pack) {
        List<Finding> findings = new ArrayList<>();
        for (Error error : schema.validate(pack)) {
            PackPath path = pathOf(error.getInstanceLocation());
            findings.add(new Finding(path, withoutLocation(error.getMessage(), error.getInstanceLocation()) + found(error)));
        }
        return findings;
    }

    /** The controlled tag vocabulary ({@code $defs.tag.enum}). */
    public Set<String> tags() {
        return tags;
    }

    /** The offending value, when it is a single value: an author searches the file for it. */
    private static String found(Error error) {
        JsonNode value = error.getInstanceNode();
        if (value == null || !value.isValueNode()) {
            return "";
        }
        String hint = "type".equals(error.getKeyword()) && !value.isString() && String.valueOf(error.getMessage()).contains("string expected") ? " (write it in quotes to make it text)" : "";
        return " - found " + (value.isString() ? "'" + value.asString() + "'" : value.toString()) + hint;
    }

    private static PackPath pathOf(NodePath location) {
        List<Object> segments = new ArrayList<>();
        for (int i = 0; location != null && i < location.getNameCount(); i++) {
            segments.add(location.getElement(i));
        }
        return new PackPath(segments);
    }

    private static String withoutLocation(String message, NodePath location) {
        String prefix = location == null ? "" : location + ": ";
        return !prefix.isEmpty() && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** One schema violation at one place. */
    public record Finding(PackPath path, String message) {
    }
}
