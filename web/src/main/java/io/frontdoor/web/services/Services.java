package io.frontdoor.web.services;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The three services as the signed-in person: each call carries their access token (renewed when it expires), so each
 * service applies its own access rules and records its own audit. Answers are plain maps and lists: the pages show
 * what the services say and keep nothing.
 */
@Component
public class Services {

    public enum Service { INTAKE, TRIAGE, PROJECTION }

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<String>> STRINGS = new ParameterizedTypeReference<>() {
    };

    private final Map<Service, RestClient> clients;
    private final ServiceUrls urls;

    public Services(ServiceUrls urls, OAuth2AuthorizedClientManager authorizedClients, RestClient.Builder builder) {
        this.urls = urls;
        OAuth2ClientHttpRequestInterceptor asThePerson = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        asThePerson.setClientRegistrationIdResolver(request -> "frontdoor");
        RestClient.Builder signedIn = builder.requestInterceptor(asThePerson).requestInterceptor(Services::namingThePage);
        this.clients = Map.of(
                Service.INTAKE, signedIn.clone().baseUrl(urls.intakeUrl()).build(),
                Service.TRIAGE, signedIn.clone().baseUrl(urls.triageUrl()).build(),
                Service.PROJECTION, signedIn.clone().baseUrl(urls.projectionUrl()).build());
    }

    /** The header in which each service's access audit keeps which page a look came through (the platform's name for it). */
    static final String PAGE_HEADER = "Front-Door-Page";

    /** Tells the service which page the person is on (its path: ids, never names), for the access audit. */
    private static org.springframework.http.client.ClientHttpResponse namingThePage(org.springframework.http.HttpRequest request,
            byte[] body, org.springframework.http.client.ClientHttpRequestExecution execution) throws java.io.IOException {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes page) {
            request.getHeaders().set(PAGE_HEADER, page.getRequest().getRequestURI());
        }
        return execution.execute(request, body);
    }

    public Map<String, Object> get(Service service, String uri, Object... variables) {
        return TolerantMap.of(clients.get(service).get().uri(uri, variables).accept(MediaType.APPLICATION_JSON).retrieve().body(OBJECT));
    }

    public List<Map<String, Object>> list(Service service, String uri, Object... variables) {
        List<Map<String, Object>> answer = clients.get(service).get().uri(uri, variables).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(LIST);
        return answer == null ? List.of() : answer.stream().map(TolerantMap::of).toList();
    }

    /** A list of names (a service's topics, say). */
    public List<String> strings(Service service, String uri, Object... variables) {
        List<String> answer = clients.get(service).get().uri(uri, variables).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(STRINGS);
        return answer == null ? List.of() : answer;
    }

    /** A file the service makes (a statutory return): its bytes, type and name as the service gives them. */
    public ResponseEntity<byte[]> download(Service service, String uri, Object... variables) {
        return clients.get(service).get().uri(uri, variables).retrieve().toEntity(byte[].class);
    }

    /** A command: the JSON body is sent as the signed-in person; the answer (e.g. the new version) comes back. */
    public Map<String, Object> post(Service service, String uri, Object body, Object... variables) {
        RestClient.RequestBodySpec request = clients.get(service).post().uri(uri, variables).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return TolerantMap.of(request.retrieve().body(OBJECT));
    }

    /** Creates or replaces what the URI names (a referral's draft); the service's answer comes back. */
    public Map<String, Object> put(Service service, String uri, Object body, Object... variables) {
        return TolerantMap.of(clients.get(service).put().uri(uri, variables).accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(OBJECT));
    }

    public void delete(Service service, String uri, Object... variables) {
        clients.get(service).delete().uri(uri, variables).retrieve().toBodilessEntity();
    }

    public String url(Service service) {
        return switch (service) {
            case INTAKE -> urls.intakeUrl();
            case TRIAGE -> urls.triageUrl();
            case PROJECTION -> urls.projectionUrl();
        };
    }
}
