package io.frontdoor.web.audit;

import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One search over the three services' access audits: by a child or contact id, by the person who looked, by a period
 * (days in Europe/London), or together. A child's id also finds the looks at each of the child's contacts (from the
 * child's chronology — a read the auditor's own audit entry records). A service that does not answer is named, and
 * the others' entries are still shown.
 */
@Component
public class AccessAuditSearch {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int MAX_RECORDS = 50;

    /** One entry, with the service whose audit holds it. */
    public record Look(String service, Map<String, Object> entry) {
    }

    public record Result(List<Look> looks, List<String> recordIds, List<String> silentServices) {

        public long refused() {
            return looks.stream().filter(look -> "REFUSED".equals(look.entry().get("outcome"))).count();
        }

        public List<String> people() {
            return looks.stream().map(look -> String.valueOf(look.entry().get("userId"))).distinct().toList();
        }
    }

    private final Services services;

    AccessAuditSearch(Services services) {
        this.services = services;
    }

    Result search(String record, String user, LocalDate from, LocalDate to) {
        List<String> recordIds = record == null ? java.util.Collections.singletonList(null) : recordAndItsContacts(record);
        List<Look> looks = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (Service service : Service.values()) {
            try {
                for (String recordId : recordIds) {
                    services.list(service, query(recordId, user, from, to)).forEach(entry -> looks.add(new Look(name(service), entry)));
                }
            } catch (ResourceAccessException | HttpServerErrorException notAnswering) {
                silent.add(name(service));
            }
        }
        looks.sort(Comparator.comparing((Look look) -> String.valueOf(look.entry().get("at"))).reversed());
        return new Result(looks, record == null ? List.of() : recordIds, silent);
    }

    /** The id itself and, when it is a child's, the contacts in the child's chronology. */
    private List<String> recordAndItsContacts(String record) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(record);
        try {
            Object contacts = services.get(Service.PROJECTION, "/api/children/{id}/chronology", record).get("contacts");
            if (contacts instanceof List<?> list) {
                list.stream().limit(MAX_RECORDS).forEach(c -> ids.add(String.valueOf(((Map<?, ?>) c).get("contactId"))));
            }
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.BadRequest | ResourceAccessException
                 | HttpServerErrorException notAChild) {
            // a contact id, a child the read side does not know, or the read side not answering: search the id alone
        }
        return List.copyOf(ids);
    }

    static String query(String recordId, String user, LocalDate from, LocalDate to) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/audit/access").queryParam("limit", 1000);
        if (recordId != null) {
            query.queryParam("personViewed", recordId);
        }
        if (user != null) {
            query.queryParam("user", user);
        }
        if (from != null) {
            query.queryParam("from", from.atStartOfDay(LONDON).toInstant());
        }
        if (to != null) {
            query.queryParam("to", to.plusDays(1).atStartOfDay(LONDON).toInstant());
        }
        return query.build().toUriString();
    }

    static String name(Service service) {
        return switch (service) {
            case INTAKE -> "Intake";
            case TRIAGE -> "Triage";
            case PROJECTION -> "Read side";
        };
    }
}
