package io.frontdoor.web.audit;

import io.frontdoor.web.errors.FormErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's access audit page: who looked at a child or contact, what one person looked at, or every look in a
 * period, over all three services — when, through which page, and refused attempts — on one page.
 */
@Controller
class AccessAuditController {

    private final AccessAuditSearch search;

    AccessAuditController(AccessAuditSearch search) {
        this.search = search;
    }

    @GetMapping("/audit/access")
    String access(@RequestParam(defaultValue = "") String record, @RequestParam(defaultValue = "") String user,
                  @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("record", record);
        typed.put("user", user);
        typed.put("from", from);
        typed.put("to", to);
        model.addAttribute("typed", typed);
        FormErrors errors = FormErrors.none();
        LocalDate start = date(from, "from", errors);
        LocalDate end = date(to, "to", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("to", "The end of the period must be on or after its start");
        }
        boolean asked = !record.isBlank() || !user.isBlank() || start != null || end != null;
        model.addAttribute("errors", errors);
        model.addAttribute("asked", asked);
        if (asked && !errors.any()) {
            model.addAttribute("result", search.search(blankAsNull(record), blankAsNull(user), start, end));
        }
        return "audit/access";
    }

    private static LocalDate date(String value, String field, FormErrors errors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notADate) {
            errors.add(field, "Enter a real date, for example 2026-12-07");
            return null;
        }
    }

    private static String blankAsNull(String value) {
        return value.isBlank() ? null : value.trim();
    }
}
