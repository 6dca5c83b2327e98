package io.frontdoor.intake.partnerfeed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The example messages shipped under {@code deploy/examples/partner-referrals/}, one per type, as the manifest lists them. */
public final class PartnerExamples {

    public static final Path FOLDER = Path.of("..", "deploy", "examples", "partner-referrals");

    /** One example: its file's JSON, the headers it is sent with, and its key (the sender's reference in the JSON). */
    public record Example(String file, String type, String version, String sender, String key, String json) {

        /** The same message under another reference (key and body), so a test run never meets an earlier run's contact. */
        public Example withReference(String reference) {
            return new Example(file, type, version, sender, reference, json.replace("\"" + key + "\"", "\"" + reference + "\""));
        }

        public Example withSender(String otherSender) {
            return new Example(file, type, version, otherSender, key, json);
        }

        public Example withJson(String otherJson) {
            return new Example(file, type, version, sender, key, otherJson);
        }
    }

    private PartnerExamples() {
    }

    public static List<Example> all() {
        try {
            return Files.readAllLines(FOLDER.resolve("manifest.tsv")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> new Example(f[0], f[1], f[2], f[3], f[4], read(f[0])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Example of(String type) {
        return all().stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }

    private static String read(String file) {
        try {
            return Files.readString(FOLDER.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
