package io.frontdoor.triage.threshold.loading;

import io.frontdoor.triage.threshold.pack.Indicator;
import io.frontdoor.triage.threshold.pack.Pack;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a pack file from the classpath: the YAML must parse, then satisfy {@code pack.schema.json}, then be
 * consistent with itself. Any failure is a {@link PackInvalidException} naming the file, the place and the reason
 * of every problem found.
 */
public final class PackLoader {

    public static final String PACK_FOLDER = "packs/";

    private final YAMLMapper yaml = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final PackSchema schema;

    public PackLoader() {
        this(PackSchema.fromClasspath());
    }

    public PackLoader(PackSchema schema) {
        this.schema = schema;
    }

    /** Loads {@code packs/{packId}.yaml}; the id inside must match the file name. */
    public Pack load(String packId) {
        return load(PACK_FOLDER, packId);
    }

    /** Loads {@code {folder}{packId}.yaml} ({@code folder} ends with a slash); the id inside must match the file name. */
    public Pack load(String folder, String packId) {
        return read(folder + packId + ".yaml", packId);
    }

    /** Loads a pack file at any classpath location, without tying its id to the file name. */
    public Pack loadResource(String resource) {
        return read(resource, null);
    }

    private Pack read(String resource, String expectedId) {
        String document = text(resource);
        YamlLines lines = YamlLines.of(yaml, document);
        JsonNode tree = parse(resource, document);
        List<PackSchema.Finding> findings = schema.check(tree);
        if (!findings.isEmpty()) {
            throw invalid(resource, tree, lines, findings);
        }
        PackReader reader = new PackReader();
        List<Indicator> indicators = reader.indicators(tree);
        Pack pack = reader.pack(tree, indicators);
        findings = new ArrayList<>(reader.problems());
        findings.addAll(PackConsistency.check(pack, indicators, schema.tags(), expectedId));
        if (!findings.isEmpty()) {
            throw invalid(resource, tree, lines, findings);
        }
        return pack;
    }

    private JsonNode parse(String resource, String document) {
        try {
            JsonNode tree = yaml.readTree(document);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw PackInvalidException.of(resource, "$", "the file is empty");
            }
            return tree;
        } catch (StreamReadException unreadable) {
            var location = unreadable.getLocation();
            throw new PackInvalidException(List.of(new PackProblem(resource, "$",
                    location == null || location.getLineNr() < 1 ? null : location.getLineNr(),
                    "not valid YAML: " + unreadable.getOriginalMessage())));
        } catch (JacksonException unreadable) {
            throw PackInvalidException.of(resource, "$", "not valid YAML: " + unreadable.getOriginalMessage());
        }
    }

    private static PackInvalidException invalid(String resource, JsonNode tree, YamlLines lines, List<PackSchema.Finding> findings) {
        return new PackInvalidException(findings.stream()
                .map(finding -> new PackProblem(resource, finding.path() + named(tree, finding.path()), lines.lineOf(finding.path()), finding.message()))
                .sorted(Comparator.comparing(PackProblem::line, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    /** " (luton.l4.child.health.x)" when the place is inside an indicator or rule that has an id: YAML shows no indexes. */
    private static String named(JsonNode tree, PackPath path) {
        List<Object> segments = path.segments();
        if (segments.size() >= 2 && segments.get(1) instanceof Integer index
                && ("indicators".equals(segments.get(0)) || "rules".equals(segments.get(0)))) {
            JsonNode id = tree.path((String) segments.get(0)).path(index).path("id");
            if (id.isString()) {
                return " (" + id.asString() + ")";
            }
        }
        return "";
    }

    private static String text(String resource) {
        try (InputStream in = PackLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw PackInvalidException.of(resource, "$", "no such file on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
