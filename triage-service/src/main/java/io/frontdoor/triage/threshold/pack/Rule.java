package io.frontdoor.triage.threshold.pack;

/** A threshold rule beyond single indicators: when its conditions hold, its outcome applies. */
public record Rule(String id, RuleKind kind, String explanation, String source, Conditions when, Outcome then) {

    public boolean firesFor(Circumstances circumstances, int levelSoFar) {
        return when.holdFor(circumstances, levelSoFar);
    }
}
