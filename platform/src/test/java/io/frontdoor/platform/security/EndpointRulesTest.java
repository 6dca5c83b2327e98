package io.frontdoor.platform.security;

import static io.frontdoor.platform.security.EndpointRule.any;
import static io.frontdoor.platform.security.EndpointRule.get;
import static io.frontdoor.platform.security.EndpointRule.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdoor.kernel.contact.AgencyType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndpointRulesTest {

    @Test
    void theMostSpecificPatternComesFirstWhateverTheOrderDeclared() {
        AccessRules rules = new AccessRules(List.of(
                EndpointRules.of(post("/api/triages/{contactId}/**").allow(Role.CASE_WORKERS), any("/api/admin/**").allow(Role.ADMIN)),
                EndpointRules.of(post("/api/triages/{contactId}/decision/authorisation").allow(Role.MANAGER))));

        assertThat(rules.rules()).extracting(EndpointRule::pattern)
                .containsSubsequence("/api/triages/{contactId}/decision/authorisation", "/api/triages/{contactId}/**");
    }

    @Test
    void anEndpointIsDeclaredOnce() {
        assertThatThrownBy(() -> new AccessRules(List.of(EndpointRules.of(get("/api/queue").allow(Role.PRACTITIONER)),
                EndpointRules.of(get("/api/queue").allow(Role.AUDITOR)))))
                .hasMessageContaining("two endpoint rules for GET /api/queue");
    }

    @Test
    void aRuleNamesItsRolesOrIsDeclaredOpen() {
        assertThatThrownBy(() -> get("/api/queue").allow(Set.of())).hasMessageContaining("name the roles allowed");
        assertThat(get("/actuator/health").open().open()).isTrue();
    }

    @Test
    void aPartnerActsForItsOwnAgencyOnlyAndEveryoneInsideForAny() {
        Actor police = new Actor("p", "P", Set.of(Role.PARTNER_REFERRER), AgencyType.POLICE, "Demoshire Police");
        Actor noAgency = new Actor("x", "X", Set.of(Role.PARTNER_REFERRER), null, null);
        Actor practitioner = new Actor("w", "W", Set.of(Role.PRACTITIONER), null, null);

        assertThat(police.actsFor(AgencyType.POLICE, police.agencyName())).isTrue();
        assertThat(police.actsFor(AgencyType.POLICE, " " + police.agencyName().toUpperCase() + " ")).as("case and spaces").isTrue();
        assertThat(police.actsFor(AgencyType.POLICE, "Another Police")).as("another force").isFalse();
        assertThat(police.actsFor(AgencyType.EDUCATION, police.agencyName())).isFalse();
        assertThat(police.actsFor(AgencyType.POLICE, null)).isFalse();
        assertThat(noAgency.actsFor(AgencyType.POLICE, "Test police")).isFalse();
        assertThat(practitioner.actsFor(AgencyType.EDUCATION, "Any School")).isTrue();
    }
}
