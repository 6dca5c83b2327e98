package io.frontdoor.web.referral;

import io.frontdoor.web.errors.FormErrors;
import java.util.List;
import java.util.Map;
import org.springframework.web.client.HttpClientErrorException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake's RFC 9457 problem for a referral it refused, on "Check your answers": each field at fault named in words and
 * linked to the section it belongs to ({@code children[1].dateOfBirth} → "Child 2: date of birth …", the children).
 */
final class SendProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SendProblems() {
    }

    @SuppressWarnings("unchecked")
    static FormErrors from(HttpClientErrorException refused) {
        FormErrors errors = FormErrors.none();
        Map<String, Object> problem;
        try {
            problem = JSON.readValue(refused.getResponseBodyAsString(), Map.class);
        } catch (RuntimeException notJson) {
            return errors.add("send", "The front door could not accept this referral (" + refused.getStatusCode().value() + ")");
        }
        if (problem.get("errors") instanceof List<?> list && !list.isEmpty()) {
            for (Object item : list) {
                Map<String, Object> error = (Map<String, Object>) item;
                String field = String.valueOf(error.get("field"));
                errors.add(section(field), words(field) + " " + error.get("message"));
            }
            return errors;
        }
        return errors.add("send", String.valueOf(problem.getOrDefault("detail", "The front door could not accept this referral")));
    }

    static String section(String field) {
        if (field.startsWith("children")) {
            return "section-children";
        }
        if (field.startsWith("adults")) {
            return "section-adults";
        }
        if (field.startsWith("referrer")) {
            return "section-about-you";
        }
        if (field.startsWith("domesticAbuse")) {
            return "section-domestic-abuse";
        }
        if (field.startsWith("consent")) {
            return "section-consent";
        }
        if (field.startsWith("concerns.indicatorIds")) {
            return "section-concerns";
        }
        return "section-what-happened";
    }

    /** {@code children[1].dateOfBirth} → "Child 2: dateOfBirth". */
    static String words(String field) {
        var numbered = java.util.regex.Pattern.compile("^(children|adults)\\[(\\d+)]\\.?(.*)$").matcher(field);
        if (numbered.matches()) {
            String who = numbered.group(1).equals("children") ? "Child " : "Adult ";
            return who + (Integer.parseInt(numbered.group(2)) + 1) + (numbered.group(3).isEmpty() ? "" : ": " + numbered.group(3));
        }
        return field;
    }
}
