package io.frontdoor.platform.security;

import static io.frontdoor.platform.security.EndpointRule.get;
import static io.frontdoor.platform.security.EndpointRule.post;

import io.frontdoor.platform.audit.AuditedRead;
import io.frontdoor.platform.audit.RecordType;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A service as small as can be, using the platform's security as a Front Door service does. */
@SpringBootApplication
class RecordsApplication {

    @Bean
    EndpointRules recordEndpoints() {
        return EndpointRules.of(
                get("/api/records/{recordId}").allow(Role.CASE_READERS),
                get("/api/children").allow(Role.CASE_READERS),
                // declared before the more specific rule on purpose: specificity, not order, decides
                post("/api/records/**").allow(Role.CASE_WORKERS),
                post("/api/records/{recordId}/approval").allow(Role.MANAGER),
                post("/api/echo").allow(Role.ANY),
                get("/api/me").allow(Role.ANY));
    }

    @RestController
    static class Records {

        @AuditedRead(record = RecordType.CONTACT, idParam = "recordId")
        @GetMapping("/api/records/{recordId}")
        Map<String, String> record(@PathVariable String recordId) {
            return Map.of("recordId", recordId);
        }

        @AuditedRead(record = RecordType.CHILD, idParam = "childId")
        @GetMapping("/api/children")
        Map<String, String> child(@RequestParam String childId) {
            return Map.of("childId", childId);
        }

        @PostMapping("/api/records/{recordId}/notes")
        Map<String, String> note(@PathVariable String recordId, Actor actor) {
            return Map.of("recordId", recordId, "by", actor.userId());
        }

        @PostMapping("/api/records/{recordId}/approval")
        Map<String, String> approve(@PathVariable String recordId, Actor actor) {
            return Map.of("recordId", recordId, "by", actor.userId());
        }

        @PostMapping("/api/echo")
        Map<String, Integer> echo(@RequestBody String body) {
            return Map.of("bytes", body.length());
        }

        @GetMapping("/api/me")
        Actor me(Actor actor) {
            return actor;
        }

        @GetMapping("/api/undeclared")
        String undeclared() {
            return "no rule names this endpoint";
        }
    }
}
