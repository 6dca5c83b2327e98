package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.deploy.ServiceProcess.Service;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One contact followed by its trace id: the partner's request to intake carries a W3C {@code traceparent}; intake's
 * log line for the contact, triage's as it opens the triage and projection's as the events reach the views all carry
 * that trace id (it travels in the events' metadata and the records' headers).
 */
class TraceAcrossServicesTest {

    @Test
    void oneContactsTraceIdIsInIntakesTriagesAndProjectionsLogs() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceparent = "00-" + traceId + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "-01";
        HttpResponse<String> response = RunningPlatform.HTTP.send(RunningPlatform.request(Service.INTAKE, "POST", "/api/contacts",
                        RunningPlatform.contact("TRACE-" + UUID.randomUUID(), "2026-11-19T09:00:00Z"), RunningPlatform.POLICE_SYSTEM)
                .header("traceparent", traceparent).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String contactId = RunningPlatform.JSON.readTree(response.body()).get("contactId").asString();

        String intake = awaitLogLine(Service.INTAKE, "contact " + contactId + " recorded");
        String triage = awaitLogLine(Service.TRIAGE, "triage opened for contact " + contactId);
        String received = awaitLogLine(Service.PROJECTION, "ContactReceived", "of contact " + contactId + " to the views");
        String opened = awaitLogLine(Service.PROJECTION, "TriageOpened", "of contact " + contactId + " to the views");
        List.of(intake, triage, received, opened).forEach(line -> System.out.println("traced: " + line));
        assertThat(List.of(intake, triage, received, opened)).allSatisfy(line -> assertThat(line).contains(traceId));
    }

    /** The first line of the service's log that contains every one of {@code texts}, waiting up to 60 s for it. */
    private static String awaitLogLine(Service service, String... texts) {
        return await(service + " logging a line with " + List.of(texts)).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500)).until(() -> Files.readAllLines(RunningPlatform.get().get(service).log()).stream()
                        .filter(line -> List.of(texts).stream().allMatch(line::contains)).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }
}
