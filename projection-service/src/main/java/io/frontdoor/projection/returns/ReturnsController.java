package io.frontdoor.projection.returns;

import io.frontdoor.platform.audit.AccessAudit;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.projection.contact.LondonTime;
import io.frontdoor.projection.dashboard.ReportingPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statutory returns the front door can fill from its event log: Ofsted's Annex A lists and the referral part of the
 * DfE CIN census. Each download is written to the access audit (one entry for the return and one per child in it) in the
 * transaction that reads it, one snapshot of the log, committed before the file is sent.
 */
@RestController
@Tag(name = "Statutory returns", description = "Ofsted Annex A lists 1, 2, 3 and 5 (xlsx); the CIN census referral part (XML)")
public class ReturnsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final String ANNEX_A = "GET /api/reports/annex-a";
    static final String CIN_CENSUS = "GET /api/reports/cin-census";

    private final ReturnsLog log;
    private final AccessAudit audit;
    private final Clock clock;

    public ReturnsController(ReturnsLog log, AccessAudit audit, Clock clock) {
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/reports/annex-a")
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    @Operation(summary = "Ofsted Annex A lists 1 (contacts), 2 (early help), 3 (referrals) and 5 (section 47) for a period, as .xlsx")
    public ResponseEntity<byte[]> annexA(
            @Parameter(description = "first day (London), e.g. 2026-05-01; default six months before to") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, inclusive; default today") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "a pack id, e.g. luton; default all") @RequestParam(required = false) String pack, Actor actor) {
        LocalDate last = to == null ? LondonTime.dateOf(clock.instant()) : to;
        ReportingPeriod period = new ReportingPeriod(from == null ? last.minusMonths(6).plusDays(1) : from, last, pack);
        List<AnnexA.Sheet> sheets = new AnnexA(log.contacts(period.from(), period.to(), pack), period.from(), period.to()).sheets();
        Set<String> children = new LinkedHashSet<>();
        sheets.forEach(sheet -> sheet.rows().forEach(row -> children.add((String) row.get(0))));
        String name = "annex-a-" + period.from() + "-to-" + period.to() + (pack == null ? "" : "-" + pack);
        audited(actor, name, children, ANNEX_A);
        return download(AnnexAWorkbook.write(sheets), XLSX, name + ".xlsx");
    }

    @GetMapping("/api/reports/cin-census")
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    @Operation(summary = "The referral part of the DfE CIN census for a collection year (1 April to 31 March), as XML")
    public ResponseEntity<byte[]> cinCensus(
            @Parameter(description = "the year the collection ends: 2026 is 2025-26") @RequestParam int year,
            @Parameter(description = "a pack id, e.g. luton; default all") @RequestParam(required = false) String pack, Actor actor) {
        CinCensus.CollectionYear collection = new CinCensus.CollectionYear(year);
        CinCensus census = new CinCensus(log.contacts(collection.from(), collection.to(), pack), collection);
        String name = "cin-census-" + (year - 1) + "-" + (year % 100) + (pack == null ? "" : "-" + pack);
        byte[] xml = census.xml();
        audited(actor, name, census.referralsByChild().keySet(), CIN_CENSUS);
        return download(xml, MediaType.APPLICATION_XML, name + ".xml");
    }

    private void audited(Actor actor, String report, Set<String> children, String endpoint) {
        audit.recordRead(actor, RecordType.REPORT, report, endpoint);
        audit.recordReads(actor, RecordType.CHILD, children, endpoint);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
