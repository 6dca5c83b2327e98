package io.frontdoor.platform.security;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.platform.messaging.UnprocessableRecordException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Partner systems on Kafka and the agency each may refer for ({@code frontdoor.security.partner-senders.<sender>=POLICE}).
 * A message's declared agency must match its sender's, or it is dead-lettered with the reason.
 *
 * <p>The sender is read from the record's {@code sender} header for now. That header is only as trustworthy as the
 * broker's ACLs: in production the principal comes from the connection itself (SASL/OAUTHBEARER or mTLS client
 * certificate, with ACLs allowing each principal to write only as itself), and this check takes that principal.
 */
public final class PartnerSenders {

    public static final String SENDER_HEADER = "sender";

    private final Map<String, AgencyType> agencies;

    public PartnerSenders(Map<String, AgencyType> agencies) {
        this.agencies = Map.copyOf(agencies);
    }

    /** @throws UnprocessableRecordException when the sender is unknown or registered for another agency */
    public void requireDeclaredAgencyMatchesSender(ConsumerRecord<?, ?> record, AgencyType declared) {
        Header header = record.headers().lastHeader(SENDER_HEADER);
        String sender = header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8).strip();
        requireDeclaredAgencyMatchesSender(sender, declared);
    }

    /** @throws UnprocessableRecordException when the sender is unknown or registered for another agency */
    public void requireDeclaredAgencyMatchesSender(String sender, AgencyType declared) {
        if (sender == null || sender.isEmpty()) {
            throw new UnprocessableRecordException("no '" + SENDER_HEADER + "' header: the sender is unknown");
        }
        AgencyType registered = agencies.get(sender);
        if (registered == null) {
            throw new UnprocessableRecordException("sender '" + sender + "' is not a registered partner system");
        }
        if (registered != declared) {
            throw new UnprocessableRecordException("sender '" + sender + "' refers for " + registered
                    + " but the message declares " + declared);
        }
    }
}
