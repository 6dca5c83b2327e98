package io.frontdoor.web.services;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the services are, and the partnership the header names. */
@ConfigurationProperties("frontdoor.web")
public record ServiceUrls(String partnership, String intakeUrl, String triageUrl, String projectionUrl) {
}
