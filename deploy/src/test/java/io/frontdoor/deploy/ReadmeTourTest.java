package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.deploy.ServiceProcess.Service;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The README's tour, run as written: every bash block of its "A short tour" section, in order, in one bash process,
 * against the running services (their ports given in the variables the tour reads, as a reader on other ports would).
 */
class ReadmeTourTest {

    static final Path README = Path.of("..", "README.md");
    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    /** An RFC 9457 problem in an answer: {@code "status":4xx} or {@code 5xx}. */
    private static final Pattern PROBLEM = Pattern.compile("\"status\"\\s*:\\s*[45]\\d\\d");

    static List<String> tour() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n## A short tour");
        int end = readme.indexOf("\n## ", start + 1);
        assertThat(start).as("the README has its tour").isPositive();
        List<String> blocks = new ArrayList<>();
        Matcher block = BASH_BLOCK.matcher(readme.substring(start, end));
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    @Test
    void theReadmesTourWorksAsWritten() throws Exception {
        Platform platform = RunningPlatform.get();
        List<String> blocks = tour();
        assertThat(blocks).as("the tour's commands").hasSizeGreaterThanOrEqualTo(5);
        String script = String.join("\n", blocks) + "\nprintf '\\nTOUR_RESULT %s %s\\n' \"$C\" \"$AS_AT\"\n";

        ProcessBuilder bash = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", script).redirectErrorStream(true);
        bash.environment().putAll(Map.of("AUTH", hostAndPort(platform, Service.AUTH), "INTAKE", hostAndPort(platform, Service.INTAKE),
                "TRIAGE", hostAndPort(platform, Service.TRIAGE), "PROJECTION", hostAndPort(platform, Service.PROJECTION)));
        Process run = bash.start();
        boolean ended = run.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();
        }
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as("the tour finished: " + output).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(PROBLEM.matcher(output).find()).as("no command answered with a problem: " + output).isFalse();
        assertThat(output).contains("\"duplicate\":false");

        Matcher result = Pattern.compile("TOUR_RESULT (\\S+) (\\S+)").matcher(output);
        assertThat(result.find()).as(output).isTrue();
        String contactId = result.group(1);
        String asAt = result.group(2);
        JsonNode triage = read(Service.TRIAGE, "/api/triages/" + contactId);
        assertThat(triage.toString()).as("the worker's steps were recorded").contains("STRATEGY_DISCUSSION", "FeedbackSent");
        JsonNode now = read(Service.PROJECTION, "/api/contacts/" + contactId + "/timeline");
        for (int i = 0; i < 60 && !now.toString().contains("Strategy discussion held"); i++) {
            Thread.sleep(1000);
            now = read(Service.PROJECTION, "/api/contacts/" + contactId + "/timeline");
        }
        JsonNode then = read(Service.PROJECTION, "/api/contacts/" + contactId + "/timeline?asAt="
                + URLEncoder.encode(asAt, StandardCharsets.UTF_8));
        assertThat(now.toString()).contains("Strategy discussion held");
        assertThat(then.toString()).as("as at: the contact as triaged, before the worker acted")
                .contains(contactId).doesNotContain("Strategy discussion held");
    }

    private static JsonNode read(Service service, String path) throws Exception {
        var response = RunningPlatform.call(service, "GET", path, null, "demo-manager");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return RunningPlatform.JSON.readTree(response.body());
    }

    private static String hostAndPort(Platform platform, Service service) {
        return platform.url(service).replace("http://", "");
    }
}
