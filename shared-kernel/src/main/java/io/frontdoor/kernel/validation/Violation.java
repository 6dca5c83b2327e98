package io.frontdoor.kernel.validation;

/** One field at fault: a JSON path into the request ({@code children[0].dateOfBirth}) and what is wrong with it. */
public record Violation(String field, String message) {
}
