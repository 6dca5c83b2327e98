package io.frontdoor.kernel.event.triage;

import java.util.List;

/**
 * An update raised an undecided contact's level, urgency or routes: the allocated {@code worker} is alerted, or the
 * queue when nobody is allocated ({@code alerted}: WORKER or QUEUE).
 */
public record UpdateAlertV1(String contactId, int updateNumber, List<String> raised, String alerted, String worker,
                            String message) {

    public static final String TYPE = "UpdateAlert";
}
