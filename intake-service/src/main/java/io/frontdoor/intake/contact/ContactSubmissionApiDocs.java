package io.frontdoor.intake.contact;

import static io.frontdoor.kernel.validation.TextLimits.IDENTIFIER;
import static io.frontdoor.kernel.validation.TextLimits.NAME;
import static io.frontdoor.kernel.validation.TextLimits.PHONE;
import static io.frontdoor.kernel.validation.TextLimits.REFERRAL_NARRATIVE;
import static io.frontdoor.kernel.validation.TextLimits.REFERRAL_TEXT;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contact contract's rules in intake's API description, as {@code ContactSubmissionValidator} holds every way in to
 * them: which fields are required and how long each text may be. The record lives in {@code shared-kernel}, which
 * carries no framework annotations, so they are stated here from the same {@code TextLimits}. (The threshold check in
 * triage takes partial contacts and describes the record without them.)
 */
@Configuration(proxyBeanMethods = false)
class ContactSubmissionApiDocs {

    static final Map<String, List<String>> REQUIRED = Map.of(
            "ContactSubmission", List.of("packId", "referrer", "children"),
            "Referrer", List.of("agencyType"),
            "DomesticAbuse", List.of("dashRisk"),
            "Consent", List.of("status"));

    static final Map<String, Map<String, Integer>> MAX_LENGTH = Map.of(
            "ContactSubmission", Map.of("externalReference", IDENTIFIER),
            "Referrer", Map.of("agencyName", NAME, "name", NAME, "role", NAME, "phone", PHONE, "email", REFERRAL_TEXT),
            "Child", Map.of("givenName", NAME, "familyName", NAME),
            "Adult", Map.of("givenName", NAME, "familyName", NAME, "relationship", NAME),
            "Address", Map.of("line1", REFERRAL_TEXT, "line2", REFERRAL_TEXT, "town", NAME),
            "Concerns", Map.of("narrative", REFERRAL_NARRATIVE),
            "Consent", Map.of("reasonNotSought", REFERRAL_TEXT));

    @Bean
    OpenApiCustomizer contactSubmissionRules() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            REQUIRED.forEach((name, fields) -> {
                Schema<?> schema = schemas.get(name);
                if (schema != null) {
                    fields.forEach(schema::addRequiredItem);
                }
            });
            MAX_LENGTH.forEach((name, limits) -> {
                Schema<?> schema = schemas.get(name);
                if (schema != null && schema.getProperties() != null) {
                    limits.forEach((field, max) -> {
                        Schema<?> property = schema.getProperties().get(field);
                        if (property != null) {
                            property.setMaxLength(max);
                        }
                    });
                }
            });
            Schema<?> submission = schemas.get("ContactSubmission");
            if (submission != null && submission.getProperties() != null && submission.getProperties().get("children") != null) {
                submission.getProperties().get("children").setMinItems(1);
            }
        };
    }
}
