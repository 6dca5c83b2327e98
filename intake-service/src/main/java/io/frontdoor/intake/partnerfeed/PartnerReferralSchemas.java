package io.frontdoor.intake.partnerfeed;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The JSON Schemas (draft 2020-12) of the partner feed's message types, loaded once from the classpath; formats are asserted. */
@org.springframework.stereotype.Component
public class PartnerReferralSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final Map<PartnerReferralType, Schema> schemas = new EnumMap<>(PartnerReferralType.class);

    public PartnerReferralSchemas() {
        for (PartnerReferralType type : PartnerReferralType.values()) {
            schemas.put(type, REGISTRY.getSchema(text(type.schemaResource()), InputFormat.JSON));
        }
    }

    /** What the schema finds wrong, as "path: rule" lines (the library's messages name the rule, not the value). */
    public List<String> problems(PartnerReferralType type, JsonNode message) {
        return schemas.get(type).validate(message).stream().map(PartnerReferralSchemas::describe).toList();
    }

    private static String describe(Error error) {
        String at = error.getInstanceLocation() == null ? "$" : error.getInstanceLocation().toString();
        String message = error.getMessage();
        return message.startsWith(at) ? message : at + ": " + message;
    }

    public static String text(String resource) {
        try (InputStream in = PartnerReferralSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
