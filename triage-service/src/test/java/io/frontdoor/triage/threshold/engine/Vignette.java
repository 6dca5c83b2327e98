package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.contact.ContactSubmission;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One vignette of {@code src/test/resources/vignettes/{packId}.yaml} (pack format, "Vignettes"): a realistic contact
 * resting on a quoted line of the seed, and what the pack must recommend for it. Fields the submission leaves out take
 * the vignette defaults: one child aged 7, a police referrer, consent given, received Wednesday 18 November 2026 10:15.
 */
record Vignette(String packId, int index, String name, String quote, JsonNode submission, JsonNode expectation) {

    static final String FOLDER = "vignettes";

    static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** What the vignette expects; {@code rules} and {@code consentRequired} are optional. */
    record Expectation(Integer level, Rag rag, List<RouteCode> routes, List<String> rules, Boolean consentRequired) {
    }

    /** What the vignette expects; an unknown key is an error (a misspelt key would otherwise be ignored). */
    Expectation expect() {
        return expectation == null || expectation.isNull() ? null : YAML.treeToValue(expectation, Expectation.class);
    }

    @Override
    public String toString() {
        return packId + ": " + name;
    }

    /** The submission with the vignette defaults filled in. */
    ContactSubmission contact() {
        ObjectNode node = submission == null || !submission.isObject() ? YAML.createObjectNode() : ((ObjectNode) submission).deepCopy();
        node.remove("packId");
        if (!node.has("receivedAt")) {
            node.put("receivedAt", "2026-11-18T10:15:00Z");
        }
        if (!node.has("children")) {
            node.putArray("children").addObject().put("givenName", "Testchild").put("familyName", "Example").put("dateOfBirth", "2019-06-01");
        }
        if (!node.has("referrer")) {
            node.putObject("referrer").put("agencyType", "POLICE");
        }
        if (!node.has("consent")) {
            node.putObject("consent").put("status", "GIVEN");
        }
        return YAML.treeToValue(node, ContactSubmission.class);
    }

    /** Every vignette of every file in {@code vignettes/}, in file and then document order. */
    static List<Vignette> all() {
        List<Vignette> vignettes = new ArrayList<>();
        for (Path file : files()) {
            vignettes.addAll(of(file));
        }
        return vignettes;
    }

    static List<Path> files() {
        URL folder = Vignette.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Vignette> of(Path file) {
        String packId = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        JsonNode document = YAML.readTree(file.toFile());
        if (!document.isArray()) {
            throw new IllegalStateException(file + ": a vignette file is a YAML list of vignettes");
        }
        List<Vignette> vignettes = new ArrayList<>();
        for (int i = 0; i < document.size(); i++) {
            JsonNode node = document.get(i);
            vignettes.add(new Vignette(packId, i, node.path("name").asString("(vignette " + i + " has no name)"),
                    node.path("quote").asString(null), node.get("submission"), node.get("expect")));
        }
        return vignettes;
    }
}
