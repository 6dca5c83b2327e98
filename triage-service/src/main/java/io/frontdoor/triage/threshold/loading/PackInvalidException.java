package io.frontdoor.triage.threshold.loading;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that must not be used: its message lists every problem with file, path and reason. */
public class PackInvalidException extends RuntimeException {

    private final List<PackProblem> problems;

    public PackInvalidException(List<PackProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public static PackInvalidException of(String file, String path, String reason) {
        return new PackInvalidException(List.of(new PackProblem(file, path, null, reason)));
    }

    public List<PackProblem> problems() {
        return problems;
    }

    private static String describe(List<PackProblem> problems) {
        String files = problems.stream().map(PackProblem::file).distinct().collect(Collectors.joining(", "));
        return "Invalid threshold pack " + files + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(problem -> "\n  - " + problem).collect(Collectors.joining());
    }
}
