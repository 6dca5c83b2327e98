package io.frontdoor.deploy;

import io.frontdoor.auth.DemoDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic, obviously fictional contacts for the local stack, posted through the real intake API: each by its
 * agency's partner system where the demo has one, otherwise by a practitioner recording the call or form.
 */
final class DemoData {

    private static final Pattern AGENCY = Pattern.compile("\"agencyType\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern AGENCY_NAME = Pattern.compile("\"agencyName\"\\s*:\\s*\"([^\"]+)\"");

    static final String[] FILES = {"police-da-medium.json", "school-neglect.json", "health-non-mobile-bruise.json",
            "public-advice.json", "lado-coach.json"};

    private DemoData() {
    }

    static int post(String intakeUrl, Tokens tokens) {
        HttpClient http = HttpClient.newHttpClient();
        int posted = 0;
        for (String file : FILES) {
            String body = read("/demo/" + file).replace("${receivedAt}",
                    Instant.now().minus(posted * 20L + 5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(intakeUrl + "/api/contacts"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + tokens.forSystem(sender(body)))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException("demo contact " + file + " refused: " + response.body());
                }
                posted++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return posted;
            }
        }
        return posted;
    }

    /** The agency's own system when the demo has one for that agency (its kind and name), else a practitioner. */
    private static String sender(String body) {
        Matcher agency = AGENCY.matcher(body);
        Matcher name = AGENCY_NAME.matcher(body);
        if (!agency.find() || !name.find()) {
            return "demo-practitioner";
        }
        return DemoDirectory.systemOf(agency.group(1)).filter(system -> system.agencyName().equals(name.group(1)))
                .map(DemoDirectory.Identity::id).orElse("demo-practitioner");
    }

    private static String read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
