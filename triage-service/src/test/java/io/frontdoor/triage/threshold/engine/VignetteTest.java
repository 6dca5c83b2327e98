package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.threshold.loading.PackInvalidException;
import io.frontdoor.triage.threshold.loading.PackLoader;
import io.frontdoor.triage.threshold.pack.Pack;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every vignette of {@code src/test/resources/vignettes/*.yaml} against its pack ({@code packs/{file name}.yaml}):
 * the level rank, the rag and the exact set of routes must match; so must the listed rules (each must have fired)
 * and {@code consentRequired} when given. A failure shows the quote, every mismatch and the full recommendation.
 */
class VignetteTest {

    private static final PackLoader LOADER = new PackLoader();
    private static final Map<String, Object> PACKS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ThresholdEngine engine = new ThresholdEngine();

    static Stream<Arguments> vignettes() {
        return Vignette.all().stream().map(vignette -> Arguments.of(Named.of(vignette.toString(), vignette)));
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("vignettes")
    void recommendsWhatTheSeedSays(Vignette vignette) {
        Pack pack = pack(vignette.packId());
        Vignette.Expectation expect;
        ContactSubmission contact;
        try {
            expect = vignette.expect();
            contact = vignette.contact();
        } catch (JacksonException unreadable) {
            fail(vignette + " cannot be read: " + unreadable.getOriginalMessage());
            return;
        }
        List<String> authoring = authoringProblems(vignette, expect);
        if (!authoring.isEmpty()) {
            fail(vignette + " is not a complete vignette: " + String.join("; ", authoring));
        }
        Recommendation recommendation;
        try {
            recommendation = engine.evaluate(pack, contact);
        } catch (InvalidSubmissionException invalid) {
            fail(vignette + ": the pack rejects the submission: " + invalid.violations());
            return;
        }
        List<String> mismatches = mismatches(expect, recommendation);
        if (!mismatches.isEmpty()) {
            fail(vignette + "\n  quote: " + vignette.quote() + "\n  " + String.join("\n  ", mismatches)
                    + "\n  recommendation:\n" + JSON.writeValueAsString(recommendation));
        }
    }

    private static List<String> authoringProblems(Vignette vignette, Vignette.Expectation expect) {
        List<String> problems = new ArrayList<>();
        if (vignette.quote() == null || vignette.quote().isBlank()) {
            problems.add("no quote of the seed line it rests on");
        }
        if (expect == null || expect.level() == null || expect.rag() == null || expect.routes() == null) {
            problems.add("expect must give level, rag and routes");
        }
        return problems;
    }

    private static List<String> mismatches(Vignette.Expectation expect, Recommendation recommendation) {
        List<String> mismatches = new ArrayList<>();
        if (expect.level() != recommendation.level().rank()) {
            mismatches.add("level: expected " + expect.level() + " but was " + recommendation.level().rank() + " (" + recommendation.level().localName() + ")");
        }
        if (expect.rag() != recommendation.rag()) {
            mismatches.add("rag: expected " + expect.rag() + " but was " + recommendation.rag());
        }
        Set<RouteCode> expectedRoutes = expect.routes().isEmpty() ? EnumSet.noneOf(RouteCode.class) : EnumSet.copyOf(expect.routes());
        Set<RouteCode> actualRoutes = recommendation.routes().isEmpty() ? EnumSet.noneOf(RouteCode.class) : EnumSet.copyOf(recommendation.routes());
        if (!expectedRoutes.equals(actualRoutes)) {
            mismatches.add("routes: expected " + expectedRoutes + " but was " + actualRoutes);
        }
        if (expect.rules() != null) {
            Set<String> fired = new HashSet<>();
            recommendation.triggeredRules().forEach(rule -> fired.add(rule.id()));
            List<String> missing = expect.rules().stream().filter(rule -> !fired.contains(rule)).toList();
            if (!missing.isEmpty()) {
                mismatches.add("rules: expected " + missing + " to fire; fired " + fired);
            }
        }
        if (expect.consentRequired() != null && expect.consentRequired() != recommendation.consentRequired()) {
            mismatches.add("consentRequired: expected " + expect.consentRequired() + " but was " + recommendation.consentRequired());
        }
        return mismatches;
    }

    private static Pack pack(String packId) {
        Object loaded = PACKS.computeIfAbsent(packId, id -> {
            try {
                return LOADER.load(id);
            } catch (PackInvalidException invalid) {
                return invalid;
            }
        });
        if (loaded instanceof PackInvalidException invalid) {
            fail("the pack of these vignettes does not load: " + invalid.getMessage());
        }
        return (Pack) loaded;
    }
}
