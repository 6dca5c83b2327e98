package io.frontdoor.web.returns;

import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The statutory returns behind the dashboard's download buttons: the projection makes each file (and audits who took
 * it and which children it names); this passes it through to the manager or auditor who asked, keeping nothing.
 */
@Controller
class ReturnsController {

    private final Services services;

    ReturnsController(Services services) {
        this.services = services;
    }

    @GetMapping("/reports/annex-a")
    ResponseEntity<byte[]> annexA(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) String pack) {
        return passOn(withPack(UriComponentsBuilder.fromPath("/api/reports/annex-a").queryParam("from", from).queryParam("to", to), pack));
    }

    @GetMapping("/reports/cin-census")
    ResponseEntity<byte[]> cinCensus(@RequestParam int year, @RequestParam(required = false) String pack) {
        return passOn(withPack(UriComponentsBuilder.fromPath("/api/reports/cin-census").queryParam("year", year), pack));
    }

    private static String withPack(UriComponentsBuilder query, String pack) {
        if (pack != null && !pack.isBlank()) {
            query.queryParam("pack", pack);
        }
        return query.build().toUriString();
    }

    private ResponseEntity<byte[]> passOn(String uri) {
        ResponseEntity<byte[]> file = services.download(Service.PROJECTION, uri);
        return ResponseEntity.ok()
                .contentType(file.getHeaders().getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.getBody());
    }
}
