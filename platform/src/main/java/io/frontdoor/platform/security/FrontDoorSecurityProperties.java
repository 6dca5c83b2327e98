package io.frontdoor.platform.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code frontdoor.security.*}. The issuer is Spring's own {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * (set from {@code FRONTDOOR_ISSUER_URI}); the rest is here.
 *
 * @param audience          the {@code aud} a token must carry to be accepted by Front Door's APIs
 * @param maxRequestBytes   larger request bodies are refused with 413
 * @param corsAllowedOrigins browser origins allowed to call the APIs cross-origin; none by default
 * @param apiDocsPublic     whether {@code /v3/api-docs} and Swagger UI are open (true) or need any signed-in role
 * @param partnerSenders    partner systems on Kafka, by sender principal, and the agency (kind and name) each may refer for
 */
@ConfigurationProperties("frontdoor.security")
public record FrontDoorSecurityProperties(String audience, Long maxRequestBytes, List<String> corsAllowedOrigins,
                                          Boolean apiDocsPublic, Map<String, PartnerSenders.Agency> partnerSenders) {

    public FrontDoorSecurityProperties {
        audience = audience == null || audience.isBlank() ? "frontdoor-api" : audience;
        maxRequestBytes = maxRequestBytes == null ? 256 * 1024L : maxRequestBytes;
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
        apiDocsPublic = apiDocsPublic == null || apiDocsPublic;
        partnerSenders = partnerSenders == null ? Map.of() : Map.copyOf(partnerSenders);
    }
}
