package io.frontdoor.web.partner;

import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import io.frontdoor.web.signin.Person;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Information a referrer adds to a referral goes to intake as an update of the contact: the referral as it stands
 * (intake's {@code current}), its narrative followed by the new information, who added it and when, sent again under
 * the same reference. Intake records it as the contact's next update and triage re-evaluates it; nothing said before
 * is replaced.
 */
@Component
class ReferralUpdate {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Services services;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    ReferralUpdate(Services services) {
        this(services, Clock.systemUTC());
    }

    ReferralUpdate(Services services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    Map<String, Object> addInformation(String contactId, String information, Person person) {
        Map<String, Object> record = services.get(Service.INTAKE, "/api/contacts/{id}", contactId);
        Map<String, Object> current = record.get("current") instanceof Map<?, ?> m ? copy(m) : copy((Map<?, ?>) record.get("submission"));
        return services.post(Service.INTAKE, "/api/contacts", withInformation(current, information, person), contactId);
    }

    /** The submission with the information after its narrative, signed and dated. */
    Map<String, Object> withInformation(Map<String, Object> submission, String information, Person person) {
        Map<String, Object> concerns = submission.get("concerns") instanceof Map<?, ?> c ? copy(c) : new LinkedHashMap<>();
        Object narrative = concerns.get("narrative");
        String added = "Added by " + person.name() + " on " + WHEN.format(clock.instant()) + ": " + information;
        concerns.put("narrative", narrative == null || narrative.toString().isBlank() ? added : narrative + "\n\n" + added);
        Map<String, Object> updated = new LinkedHashMap<>(submission);
        updated.put("concerns", concerns);
        return updated;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<?, ?> map) {
        return new LinkedHashMap<>((Map<String, Object>) map);
    }
}
