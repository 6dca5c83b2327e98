package io.frontdoor.platform.axon;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Axon's answers in RFC 9457 terms: no such aggregate is 404; a concurrent change (or a resend) is 409. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AxonProblemAdvice {

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no record with id " + e.getAggregateIdentifier());
        problem.setTitle("Not found");
        return problem;
    }

    /**
     * A command sent with the version it was read at ({@code expectedVersion}) when the record has moved on since: the
     * caller decided on what it saw, and what it saw is no longer the record.
     */
    @ExceptionHandler(ConflictingModificationException.class)
    ProblemDetail staleVersion(ConflictingModificationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "someone else changed it first: the record has changed since the version you sent (expectedVersion); reload and try again");
        problem.setTitle("Conflict");
        problem.setType(io.frontdoor.platform.problem.ProblemAdvice.CONFLICT);
        if (e instanceof ConflictingAggregateVersionException version) {
            problem.setProperty("expectedVersion", version.getExpectedVersion());
            problem.setProperty("actualVersion", version.getActualVersion());
        }
        problem.setProperty("errors", java.util.List.of(new io.frontdoor.kernel.validation.Violation("expectedVersion",
                "is not the record's current version")));
        return problem;
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "the record was changed by someone else since you read it; reload and try again");
        problem.setTitle("Conflict");
        problem.setType(io.frontdoor.platform.problem.ProblemAdvice.CONFLICT);
        return problem;
    }
}
