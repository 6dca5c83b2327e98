package io.frontdoor.intake.partnerfeed;

import io.frontdoor.intake.partnerfeed.PartnerReferralRejected.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record of {@code frontdoor.partner-referrals.v1} in the feed's wire format: headers {@code type}, {@code version}
 * and {@code sender}; the key is the sender's reference; the value is JSON that satisfies the type's schema. Each check
 * that fails rejects the message with its reason, before anything is recorded. Whether the sender is registered for the
 * agency the message declares is the listener's check ({@link io.frontdoor.platform.security.PartnerSenders}).
 */
@Component
public class PartnerReferralReader {

    static final Pattern SENDER = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,62}$");
    static final int MAX_PROBLEMS_REPORTED = 10;

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final PartnerReferralSchemas schemas;
    private final int maxMessageBytes;

    public PartnerReferralReader(PartnerReferralSchemas schemas,
                                 @Value("${frontdoor.partner-referrals.max-message-bytes:262144}") int maxMessageBytes) {
        this.schemas = schemas;
        this.maxMessageBytes = maxMessageBytes;
    }

    public ReceivedReferral read(ConsumerRecord<String, String> record) {
        if (record.serializedValueSize() > maxMessageBytes) {
            throw new PartnerReferralRejected(Reason.TOO_LARGE,
                    "message is " + record.serializedValueSize() + " bytes; the limit is " + maxMessageBytes);
        }
        String sender = header(record, "sender");
        if (!SENDER.matcher(sender).matches()) {
            throw new PartnerReferralRejected(Reason.MISSING_HEADER, "header 'sender' must match " + SENDER.pattern());
        }
        String typeName = header(record, "type");
        String version = header(record, "version");
        PartnerReferralType type = PartnerReferralType.of(typeName, version).orElseThrow(() -> new PartnerReferralRejected(
                Reason.UNKNOWN_TYPE, "no message type '" + typeName + "' at version '" + version + "'; see GET /api/schemas"));
        JsonNode tree = parse(record.value());
        List<String> problems = schemas.problems(type, tree);
        if (!problems.isEmpty()) {
            throw new PartnerReferralRejected(Reason.SCHEMA, "fails schema " + type.type() + " v" + type.version() + ": "
                    + String.join("; ", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_REPORTED)))
                    + (problems.size() > MAX_PROBLEMS_REPORTED ? "; and " + (problems.size() - MAX_PROBLEMS_REPORTED) + " more" : ""));
        }
        PartnerReferral message = bind(tree, type);
        if (!message.reference().equals(record.key())) {
            throw new PartnerReferralRejected(Reason.KEY_MISMATCH, "the message key must be the sender's reference given in the message");
        }
        return new ReceivedReferral(sender, type, message);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new PartnerReferralRejected(Reason.MISSING_HEADER, "header '" + name + "' is required");
        }
        return new String(header.value(), StandardCharsets.UTF_8).strip();
    }

    private static JsonNode parse(String value) {
        if (value == null || value.isBlank()) {
            throw new PartnerReferralRejected(Reason.NOT_JSON, "the message is empty");
        }
        try {
            return JSON.readTree(value);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new PartnerReferralRejected(Reason.NOT_JSON, "not well-formed JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        }
    }

    private static PartnerReferral bind(JsonNode tree, PartnerReferralType type) {
        try {
            return JSON.treeToValue(tree, type.messageClass());
        } catch (JacksonException e) {
            throw new PartnerReferralRejected(Reason.SCHEMA, "fails schema " + type.type() + " v" + type.version()
                    + ": cannot read " + e.getPathReference());
        }
    }
}
