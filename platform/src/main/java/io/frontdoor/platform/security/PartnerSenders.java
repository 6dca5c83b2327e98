package io.frontdoor.platform.security;

import io.frontdoor.kernel.contact.AgencyNames;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.platform.messaging.UnprocessableRecordException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Partner systems on Kafka and the agency each may refer for, its kind and its name
 * ({@code frontdoor.security.partner-senders.<sender>.agency=POLICE}, {@code ….name=Demoshire Police}). A message's
 * declared agency must be its sender's — the same kind and the same name, compared as {@link Actor#actsFor} compares
 * ({@link AgencyNames}) — or it is dead-lettered with the reason.
 *
 * <p>The sender is read from the record's {@code sender} header for now. That header is only as trustworthy as the
 * broker's ACLs: in production the principal comes from the connection itself (SASL/OAUTHBEARER or mTLS client
 * certificate, with ACLs allowing each principal to write only as itself), and this check takes that principal.
 */
public final class PartnerSenders {

    public static final String SENDER_HEADER = "sender";

    /** The agency a partner system refers for: its kind and its name. */
    public record Agency(AgencyType agency, String name) {
    }

    private final Map<String, Agency> agencies;

    public PartnerSenders(Map<String, Agency> agencies) {
        agencies.forEach((sender, agency) -> {
            if (agency == null || agency.agency() == null || agency.name() == null || agency.name().isBlank()) {
                throw new IllegalArgumentException("partner sender '" + sender + "' needs its agency's kind and name "
                        + "(frontdoor.security.partner-senders." + sender + ".agency and .name)");
            }
        });
        this.agencies = Map.copyOf(agencies);
    }

    /** @throws UnprocessableRecordException when the sender is unknown or registered for another agency */
    public void requireDeclaredAgencyMatchesSender(ConsumerRecord<?, ?> record, AgencyType declared, String declaredName) {
        Header header = record.headers().lastHeader(SENDER_HEADER);
        String sender = header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8).strip();
        requireDeclaredAgencyMatchesSender(sender, declared, declaredName);
    }

    /** @throws UnprocessableRecordException when the sender is unknown or registered for another agency */
    public void requireDeclaredAgencyMatchesSender(String sender, AgencyType declared, String declaredName) {
        if (sender == null || sender.isEmpty()) {
            throw new UnprocessableRecordException("no '" + SENDER_HEADER + "' header: the sender is unknown");
        }
        Agency registered = agencies.get(sender);
        if (registered == null) {
            throw new UnprocessableRecordException("sender '" + sender + "' is not a registered partner system");
        }
        if (registered.agency() != declared) {
            throw new UnprocessableRecordException("sender '" + sender + "' refers for " + registered.agency()
                    + " but the message declares " + declared);
        }
        if (!AgencyNames.same(registered.name(), declaredName)) {
            throw new UnprocessableRecordException("sender '" + sender + "' refers for the agency registered as its own,"
                    + " but the message declares another agency name");
        }
    }
}
