package io.frontdoor.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.servlet.HandlerMapping;

/** Which record an {@link AuditedRead} request asks for, and through which endpoint, once its handler is matched. */
final class AuditedRequests {

    private AuditedRequests() {
    }

    @SuppressWarnings("unchecked")
    static String recordId(HttpServletRequest request, String idParam) {
        var pathVariables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = pathVariables == null ? null : pathVariables.get(idParam);
        if (id == null) {
            id = request.getParameter(idParam);
        }
        if (id == null) {
            throw new IllegalStateException("@AuditedRead names '" + idParam + "', which this request does not carry");
        }
        return id;
    }

    static String endpoint(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
    }
}
