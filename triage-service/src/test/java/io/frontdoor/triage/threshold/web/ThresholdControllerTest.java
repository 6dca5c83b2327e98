package io.frontdoor.triage.threshold.web;

import io.frontdoor.platform.messaging.EventEnvelopes;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.validation.Violation;
import io.frontdoor.triage.threshold.engine.ThresholdEngine;
import io.frontdoor.triage.threshold.loading.PackLoader;
import io.frontdoor.triage.threshold.loading.PackRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ThresholdControllerTest {

    private final PackRegistry packs = new PackRegistry(new PackLoader(), "packs-test/packs.txt");
    private final ThresholdController controller = new ThresholdController(packs, new ThresholdEngine());
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(controller)
            .setMessageConverters(new JacksonJsonHttpMessageConverter(EventEnvelopes.JSON)).build();

    private static final String CONTACT = """
            {"packId": "luton", "receivedAt": "2026-11-18T10:15:00Z",
             "referrer": {"agencyType": "POLICE"},
             "children": [{"givenName": "Amy", "familyName": "Jones", "dateOfBirth": "2026-08-01"}],
             "concerns": {"indicatorIds": ["engine-test.l3.child.health.injury"]},
             "consent": {"status": "GIVEN"}}
            """;

    @Test
    void evaluatesAgainstThePackOfTheQueryParameterOverTheBody() throws Exception {
        mvc.perform(post("/api/threshold/evaluate").param("pack", "engine-test").contentType(MediaType.APPLICATION_JSON).content(CONTACT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pack.id").value("engine-test"))
                .andExpect(jsonPath("$.level.rank").value(4))
                .andExpect(jsonPath("$.rag").value("RED"))
                .andExpect(jsonPath("$.routes[0]").value("STRATEGY_DISCUSSION"))
                .andExpect(jsonPath("$.triggeredRules[0].id").value("engine-test.age.non-mobile-injury"))
                .andExpect(jsonPath("$.consentRequired").value(false))
                .andExpect(jsonPath("$.summary").isString());
    }

    @Test
    void usesTheBodysPackIdWithoutAQueryParameter() {
        ContactSubmission contact = ContactSubmission.builder().packId("engine-test").build();
        assertThat(controller.evaluate(null, contact).pack().id()).isEqualTo("engine-test");
    }

    @Test
    void aMissingOrUnknownPackIsAnErrorOnTheFieldPack() {
        ContactSubmission noPack = ContactSubmission.builder().build();
        InvalidSubmissionException missing = catchThrowableOfType(InvalidSubmissionException.class, () -> controller.evaluate(" ", noPack));
        assertThat(missing.violations()).extracting(Violation::field).containsExactly("pack");

        InvalidSubmissionException unknown = catchThrowableOfType(InvalidSubmissionException.class, () -> controller.evaluate("lutn", noPack));
        assertThat(unknown.violations()).extracting(Violation::field).containsExactly("pack");
        assertThat(unknown.violations().get(0).message()).contains("lutn").contains("engine-test");
    }

    @Test
    void listsThePacks() throws Exception {
        mvc.perform(get("/api/packs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("engine-test"))
                .andExpect(jsonPath("$[0].version").value("1.0-test"))
                .andExpect(jsonPath("$[0].name").value("Engine test pack"))
                .andExpect(jsonPath("$[0].levels[3].localName").value("Level 4 Specialist (acute)"));
    }

    @Test
    void showsOnePack() throws Exception {
        mvc.perform(get("/api/packs/engine-test"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("1.0-test"))
                .andExpect(jsonPath("$.levels[0].code").value("UNIVERSAL"))
                .andExpect(jsonPath("$.indicators[0].id").value("engine-test.l1.child.health.healthy"))
                .andExpect(jsonPath("$.indicators[0].text").value("Healthy, immunisations up to date"))
                .andExpect(jsonPath("$.indicators[0].subDomain").value("health"))
                .andExpect(jsonPath("$.indicators[12].protective").value(true))
                .andExpect(jsonPath("$.routes[0].code").value("ADVICE_AND_SIGNPOSTING"))
                .andExpect(jsonPath("$.timescales.rag.RED.workingHours").value(4))
                .andExpect(jsonPath("$.timescales.lado.workingDays").value(1))
                .andExpect(jsonPath("$.officeHours.timeZone").value("Europe/London"))
                .andExpect(jsonPath("$.officeHours.days.FRIDAY.close").value("16:30"))
                .andExpect(jsonPath("$.escalationLadder[1].role").value("Duty manager"))
                .andExpect(jsonPath("$.daTriageMeeting.dayOfWeek").value("WEDNESDAY"))
                .andExpect(jsonPath("$.daTriageMeeting.time").value("10:00"))
                .andExpect(jsonPath("$.rules[0].explanation").isString());
    }

    @Test
    void anUnknownPackIsNotFound() {
        ResponseStatusException notFound = catchThrowableOfType(ResponseStatusException.class, () -> controller.pack("nowhere"));
        assertThat(notFound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(List.of(notFound.getReason())).anySatisfy(reason -> assertThat(reason).contains("nowhere"));
    }
}
