package io.frontdoor.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiTest extends ProjectionTest {

    @Test
    void documentsEveryReadApiWithItsParameters() throws Exception {
        JsonNode api = get("/v3/api-docs");

        List<String> paths = new ArrayList<>(api.get("paths").propertyNames());
        assertThat(paths).contains("/api/queue", "/api/queue/stream", "/api/contacts/{contactId}/timeline",
                "/api/children/{childId}/chronology", "/api/dashboard", "/api/escalations", "/api/escalations/{escalationId}",
                "/api/partner/referrals", "/api/partner/referrals/{contactId}", "/api/admin/rebuilds", "/api/admin/rebuilds/{id}",
                "/api/reports/annex-a", "/api/reports/cin-census");
        List<String> queueParameters = new ArrayList<>();
        api.get("paths").get("/api/queue").get("get").get("parameters").forEach(p -> queueParameters.add(p.get("name").asString()));
        assertThat(queueParameters).contains("rag", "worker", "unallocated", "overdue", "pack", "asAt");
        List<String> partnerParameters = new ArrayList<>();
        api.get("paths").get("/api/partner/referrals").get("get").get("parameters").forEach(p -> partnerParameters.add(p.get("name").asString()));
        assertThat(partnerParameters).as("who asks is the token's, not a parameter").containsExactlyInAnyOrder("agency", "limit");
        List<String> annexParameters = new ArrayList<>();
        api.get("paths").get("/api/reports/annex-a").get("get").get("parameters").forEach(p -> annexParameters.add(p.get("name").asString()));
        assertThat(annexParameters).containsExactlyInAnyOrder("from", "to", "pack");
    }
}
