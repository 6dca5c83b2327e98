package io.frontdoor.triage.threshold.loading;

/** One thing wrong with a pack file: which file, where in it (JSON path and, when known, YAML line) and what. */
public record PackProblem(String file, String path, Integer line, String reason) {

    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + " at " + path + ": " + reason;
    }
}
