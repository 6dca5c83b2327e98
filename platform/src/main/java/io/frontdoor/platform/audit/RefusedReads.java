package io.frontdoor.platform.audit;

import io.frontdoor.platform.problem.RecordWithheldException;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.platform.security.CurrentActor;
import io.frontdoor.platform.security.RefusalListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Records refused attempts at an {@link AuditedRead} record as {@code REFUSED} in the access audit: a role the
 * endpoint's rule refuses (403 from the security filter, told through {@link RefusalListener}), a refusal inside the
 * controller (403), and another agency's real record answered as not found ({@link RecordWithheldException}). A 404
 * for a record that does not exist is not an attempt at anyone's record and is not recorded.
 */
class RefusedReads implements HandlerInterceptor, RefusalListener {

    private final AccessAudit audit;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    RefusedReads(AccessAudit audit, ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.audit = audit;
        this.mappings = mappings;
    }

    /** The security filter refused the request before any handler ran: find which handler it was for. */
    @Override
    public void refused(HttpServletRequest request, Actor actor) {
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return;
        }
        HandlerExecutionChain chain;
        try {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            chain = mapping.getHandler(request);
        } catch (Exception noHandler) {
            return;
        }
        if (chain != null && chain.getHandler() instanceof HandlerMethod handler) {
            record(request, handler, actor);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(AuditedRead.class)
                || SecurityContextHolder.getContext().getAuthentication() == null) {
            return;
        }
        Object failure = ex != null ? ex : request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
        if (response.getStatus() == HttpStatus.FORBIDDEN.value() || failure instanceof RecordWithheldException) {
            record(request, method, CurrentActor.get());
        }
    }

    private void record(HttpServletRequest request, HandlerMethod handler, Actor actor) {
        AuditedRead read = handler.getMethodAnnotation(AuditedRead.class);
        if (read != null) {
            audit.recordRefused(actor, read.record(), AuditedRequests.recordId(request, read.idParam()), AuditedRequests.endpoint(request));
        }
    }
}
