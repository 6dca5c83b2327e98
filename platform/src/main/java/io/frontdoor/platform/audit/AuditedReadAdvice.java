package io.frontdoor.platform.audit;

import io.frontdoor.platform.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Writes the access audit entry for an {@link AuditedRead} endpoint just before its answer is written: only a
 * successful answer counts as a look, and if the entry cannot be written the record is not shown. Refused attempts are
 * {@link RefusedReads}' to record.
 */
@RestControllerAdvice
class AuditedReadAdvice implements ResponseBodyAdvice<Object> {

    private final AccessAudit audit;

    AuditedReadAdvice(AccessAudit audit) {
        this.audit = audit;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.hasMethodAnnotation(AuditedRead.class);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        int status = ((ServletServerHttpResponse) response).getServletResponse().getStatus();
        if (status >= 200 && status < 300) {
            AuditedRead read = returnType.getMethodAnnotation(AuditedRead.class);
            HttpServletRequest servlet = ((ServletServerHttpRequest) request).getServletRequest();
            audit.recordRead(CurrentActor.get(), read.record(), AuditedRequests.recordId(servlet, read.idParam()),
                    AuditedRequests.endpoint(servlet));
        }
        return body;
    }
}
