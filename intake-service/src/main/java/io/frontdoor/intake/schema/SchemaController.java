package io.frontdoor.intake.schema;

import io.frontdoor.intake.contact.PartnerFeedbackV1;
import io.frontdoor.intake.partnerfeed.PartnerReferralSchemas;
import io.frontdoor.intake.partnerfeed.PartnerReferralType;
import io.frontdoor.intake.schema.PublishedSchema.Direction;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.kernel.domain.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partner feed's contracts: {@code GET /api/schemas} lists them, {@code GET /api/schemas/{type}/{version}} serves one. */
@RestController
@RequestMapping("/api/schemas")
public class SchemaController {

    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    private final Map<String, String> resources = new LinkedHashMap<>();
    private final List<PublishedSchema> published = new ArrayList<>();

    public SchemaController() {
        for (PartnerReferralType type : PartnerReferralType.values()) {
            add(type.type(), type.version(), Topics.PARTNER_REFERRALS, Direction.IN, type.schemaResource());
        }
        add(PartnerFeedbackV1.TYPE, PartnerFeedbackV1.VERSION, Topics.PARTNER_FEEDBACK, Direction.OUT,
                "schemas/partner-feedback/partner-feedback.v1.schema.json");
    }

    private void add(String type, int version, String topic, Direction direction, String resource) {
        String text = PartnerReferralSchemas.text(resource);
        String title = EventEnvelopes.JSON.readTree(text).path("title").asString(type);
        resources.put(type + "/" + version, text);
        published.add(new PublishedSchema(type, version, title, topic, direction, "/api/schemas/" + type + "/" + version));
    }

    @GetMapping
    public List<PublishedSchema> list() {
        return published;
    }

    @GetMapping("/{type}/{version}")
    public ResponseEntity<String> schema(@PathVariable String type, @PathVariable String version) {
        String text = resources.get(type + "/" + version);
        if (text == null) {
            throw new NotFoundException("no schema for message type '" + type + "' at version '" + version + "'");
        }
        return ResponseEntity.ok().contentType(SCHEMA_JSON).body(text);
    }
}
