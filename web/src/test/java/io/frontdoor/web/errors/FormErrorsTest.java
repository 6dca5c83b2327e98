package io.frontdoor.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

class FormErrorsTest {

    static HttpClientErrorException problem(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return HttpClientErrorException.create(HttpStatus.BAD_REQUEST, "Bad Request", headers,
                json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void eachFieldTheServiceNamesIsLinkedFromTheSummary() {
        FormErrors errors = FormErrors.from(problem("""
                {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "2 fields are invalid",
                 "errors": [{"field": "rationale", "message": "must not be blank"},
                            {"field": "routes[0]", "message": "is not a route of this pack"}]}
                """), Map.of("rationale", "rationale", "routes[0]", "routes"), "rationale");

        assertThat(errors.all()).extracting(FormErrors.FieldError::href, FormErrors.FieldError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("#rationale", "Must not be blank."),
                org.assertj.core.groups.Tuple.tuple("#routes", "Is not a route of this pack."));
        assertThat(errors.of("routes")).isEqualTo("Is not a route of this pack.");
    }

    @Test
    void aProblemWithoutFieldsFallsToTheFormsFirstFieldAndNeverShowsJson() {
        FormErrors errors = FormErrors.from(problem("""
                {"title": "Conflict", "status": 409, "detail": "a decision is already awaiting authorisation"}
                """), Map.of(), "rationale");
        assertThat(errors.of("rationale")).isEqualTo("A decision is already awaiting authorisation.");

        FormErrors notJson = FormErrors.from(problem("<html>proxy error</html>"), Map.of(), "rationale");
        assertThat(notJson.of("rationale")).isEqualTo("The service could not accept this (400).");
    }
}
