package io.frontdoor.platform.problem;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.Type;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every request body is held to the constraints its record declares ({@code @NotNull}, {@code @NotBlank}, {@code @Size}…)
 * before any controller sees it, without each controller having to ask ({@code @Valid}); the same annotations make
 * the OpenAPI description say what is required and how long text may be. A body at fault is a 400 naming every field.
 */
@ControllerAdvice
public class RequestBodyValidation extends RequestBodyAdviceAdapter {

    private final Validator validator;

    public RequestBodyValidation(Validator validator) {
        this.validator = validator;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        if (body == null) {
            return null;
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            List<Violation> named = violations.stream().map(v -> new Violation(path(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::field)).toList();
            throw new InvalidSubmissionException(named);
        }
        return body;
    }

    /** {@code children[0].givenName}: the JSON path of the field, as the rest of Front Door names fields. */
    static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                path.append('.').append(node.getKey());
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
