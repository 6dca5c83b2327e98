package io.frontdoor.web.errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.client.HttpClientErrorException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A form's mistakes for the GOV.UK error summary: each message linked to its field. The service's RFC 9457 problem
 * names the fields at fault ({@code errors: [{field, message}]}); {@code fieldIds} maps its field names onto the
 * form's inputs.
 */
public final class FormErrors {

    public record FieldError(String field, String href, String message) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<FieldError> errors = new ArrayList<>();
    private String detail;

    public static FormErrors none() {
        return new FormErrors();
    }

    public FormErrors add(String field, String message) {
        errors.add(new FieldError(field, "#" + field, message));
        return this;
    }

    public boolean any() {
        return !errors.isEmpty() || detail != null;
    }

    public List<FieldError> all() {
        return errors;
    }

    /** The message for one field, or null: the template shows it beside the input. */
    public String of(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    public String summary() {
        return detail != null ? detail : errors.isEmpty() ? "The service could not accept this." : errors.get(0).message();
    }

    public String detail() {
        return detail;
    }

    /** The service's problem, its fields mapped onto the form's (unknown fields fall to the first form field). */
    @SuppressWarnings("unchecked")
    public static FormErrors from(HttpClientErrorException refused, Map<String, String> fieldIds, String fallbackField) {
        FormErrors form = new FormErrors();
        Map<String, Object> problem;
        try {
            problem = JSON.readValue(refused.getResponseBodyAsString(), Map.class);
        } catch (RuntimeException notJson) {
            problem = null;
        }
        if (problem != null && problem.get("errors") instanceof List<?> list && !list.isEmpty()) {
            for (Object item : list) {
                Map<String, Object> error = (Map<String, Object>) item;
                String field = String.valueOf(error.get("field"));
                form.add(fieldIds.getOrDefault(field, fallbackField), plain(String.valueOf(error.get("message"))));
            }
        } else if (problem != null && problem.get("detail") != null) {
            form.add(fallbackField, plain(String.valueOf(problem.get("detail"))));
        } else {
            form.add(fallbackField, "The service could not accept this (" + refused.getStatusCode().value() + ").");
        }
        return form;
    }

    static FormErrors from(HttpClientErrorException refused) {
        FormErrors form = from(refused, new LinkedHashMap<>(), "form");
        form.detail = form.errors.isEmpty() ? null : form.errors.get(0).message();
        return form;
    }

    private static String plain(String message) {
        String first = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
