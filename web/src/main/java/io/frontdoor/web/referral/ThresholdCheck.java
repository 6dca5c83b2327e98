package io.frontdoor.web.referral;

import io.frontdoor.web.packs.PackCatalogue;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The partnership's threshold for the referral form: its indicators grouped by domain and level, and what the engine
 * recommends for the referral as it stands (triage's {@code POST /api/threshold/evaluate}, as the signed-in referrer).
 */
@Component
class ThresholdCheck {

    /** One domain's indicators at one level, as one group of checkboxes. */
    record Group(String id, String domain, int level, String levelName, List<Map<String, Object>> indicators) {
    }

    static final Map<String, String> DOMAINS = Map.of("CHILD_DEVELOPMENT", "The child's developmental needs",
            "PARENTING_CAPACITY", "Parenting capacity", "FAMILY_ENVIRONMENT", "Family and environmental factors");
    static final List<String> DOMAIN_ORDER = List.of("CHILD_DEVELOPMENT", "PARENTING_CAPACITY", "FAMILY_ENVIRONMENT");

    private final Services services;
    private final PackCatalogue packs;
    private final ReferralSettings settings;
    private final Clock clock;

    ThresholdCheck(Services services, PackCatalogue packs, ReferralSettings settings) {
        this.services = services;
        this.packs = packs;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    String packId() {
        return settings.packId();
    }

    Map<String, Object> pack() {
        return packs.pack(settings.packId());
    }

    ThresholdAdvice advise(ReferralForm form, Referrer referrer, String draftId) {
        var submission = Submissions.of(form, referrer, settings.packId(), draftId, clock.instant());
        return ThresholdAdvice.of(services.post(Service.TRIAGE, "/api/threshold/evaluate?pack={pack}", submission, settings.packId()));
    }

    @SuppressWarnings("unchecked")
    List<Group> groups() {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (String domain : DOMAIN_ORDER) {
            for (Map<String, Object> level : packs.levels(settings.packId())) {
                int rank = ((Number) level.get("rank")).intValue();
                groups.put(domain + rank, new Group("group-" + domain.toLowerCase().replace('_', '-') + "-" + rank,
                        DOMAINS.get(domain), rank, String.valueOf(level.get("localName")), new ArrayList<>()));
            }
        }
        for (Map<String, Object> indicator : (List<Map<String, Object>>) pack().getOrDefault("indicators", List.of())) {
            Group group = groups.get(indicator.get("domain") + String.valueOf(indicator.get("level")));
            if (group != null) {
                group.indicators().add(indicator);
            }
        }
        return groups.values().stream().filter(group -> !group.indicators().isEmpty()).toList();
    }
}
