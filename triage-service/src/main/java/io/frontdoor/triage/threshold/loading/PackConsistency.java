package io.frontdoor.triage.threshold.loading;

import io.frontdoor.kernel.code.LevelCode;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.triage.threshold.pack.DerivedFactNames;
import io.frontdoor.triage.threshold.pack.Indicator;
import io.frontdoor.triage.threshold.pack.Level;
import io.frontdoor.triage.threshold.pack.Pack;
import io.frontdoor.triage.threshold.pack.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks a schema cannot make: ids, references between parts of the pack, the order of levels. */
final class PackConsistency {

    private static final Pattern INDICATOR_ID = Pattern.compile("^([^.]+)\\.l(\\d)\\.([a-z]+)\\.([a-z0-9-]+)\\.[a-z0-9-]+$");

    private final Pack pack;
    private final List<Indicator> indicatorsAsWritten;
    private final Set<String> factVocabulary;
    private final List<PackSchema.Finding> findings = new ArrayList<>();

    private PackConsistency(Pack pack, List<Indicator> indicatorsAsWritten, Set<String> tags) {
        this.pack = pack;
        this.indicatorsAsWritten = indicatorsAsWritten;
        this.factVocabulary = new HashSet<>(tags);
        this.factVocabulary.addAll(DerivedFactNames.vocabulary());
    }

    /** Everything inconsistent in the pack; {@code expectedId} (the file's name) may be null when it does not matter. */
    static List<PackSchema.Finding> check(Pack pack, List<Indicator> indicatorsAsWritten, Set<String> tags, String expectedId) {
        PackConsistency consistency = new PackConsistency(pack, indicatorsAsWritten, tags);
        if (expectedId != null && !expectedId.equals(pack.id())) {
            consistency.problem(PackPath.of("id"), "the pack id '" + pack.id() + "' differs from its file name '" + expectedId + "'");
        }
        consistency.levels();
        consistency.routes();
        consistency.indicators();
        consistency.rules();
        consistency.escalationLadder();
        return consistency.findings;
    }

    private void levels() {
        for (int i = 0; i < pack.levels().size(); i++) {
            Level level = pack.levels().get(i);
            LevelCode expected = LevelCode.ofRank(i + 1);
            if (level.rank() != i + 1 || level.code() != expected) {
                problem(PackPath.of("levels", i), "level " + (i + 1) + " in the list must have rank " + (i + 1) + " and code "
                        + expected + " (found rank " + level.rank() + ", code " + level.code() + "); levels go 1..4 in order");
            }
            for (int j = 0; j < level.routes().size(); j++) {
                declared(level.routes().get(j), PackPath.of("levels", i, "routes", j));
            }
        }
    }

    private void routes() {
        Set<RouteCode> seen = EnumSet.noneOf(RouteCode.class);
        for (int i = 0; i < pack.routes().size(); i++) {
            if (!seen.add(pack.routes().get(i).code())) {
                problem(PackPath.of("routes", i, "code"), "route " + pack.routes().get(i).code() + " is declared twice");
            }
        }
        declared(pack.officeHours().outOfHoursRoute(), PackPath.of("officeHours", "outOfHoursRoute"));
    }

    private void indicators() {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < indicatorsAsWritten.size(); i++) {
            Indicator indicator = indicatorsAsWritten.get(i);
            PackPath id = PackPath.of("indicators", i, "id");
            Integer earlier = firstIndex.putIfAbsent(indicator.id(), i);
            if (earlier != null) {
                problem(id, "duplicate indicator id '" + indicator.id() + "' (first used at $.indicators[" + earlier + "]); suffix -2 for a repeated text");
            }
            Matcher parts = INDICATOR_ID.matcher(indicator.id());
            if (!parts.matches()) {
                problem(id, "'" + indicator.id() + "' is not {packId}.l{level}.{child|parenting|family}.{subDomain}.{slug}");
                continue;
            }
            if (!parts.group(1).equals(pack.id())) {
                problem(id, "'" + indicator.id() + "' must start with the pack id '" + pack.id() + ".'");
            }
            if (Integer.parseInt(parts.group(2)) != indicator.level()) {
                problem(id, "'" + indicator.id() + "' says .l" + parts.group(2) + ". but the indicator has level " + indicator.level());
            }
            if (!parts.group(3).equals(indicator.domain().idSegment())) {
                problem(id, "'" + indicator.id() + "' says ." + parts.group(3) + ". but its domain " + indicator.domain()
                        + " is written ." + indicator.domain().idSegment() + ".");
            }
            if (!parts.group(4).equals(indicator.subDomain())) {
                problem(id, "'" + indicator.id() + "' names sub-domain '" + parts.group(4) + "' but the indicator has subDomain '"
                        + indicator.subDomain() + "'");
            }
        }
    }

    private void rules() {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < pack.rules().size(); i++) {
            Rule rule = pack.rules().get(i);
            PackPath at = PackPath.of("rules", i);
            Integer earlier = firstIndex.putIfAbsent(rule.id(), i);
            if (earlier != null) {
                problem(at.then("id"), "duplicate rule id '" + rule.id() + "' (first used at $.rules[" + earlier + "])");
            }
            if (!rule.id().startsWith(pack.id() + ".")) {
                problem(at.then("id"), "rule id '" + rule.id() + "' must start with the pack id '" + pack.id() + ".'");
            }
            facts(rule.when().anyFacts(), at.then("when", "anyFacts"));
            facts(rule.when().allFacts(), at.then("when", "allFacts"));
            facts(rule.when().noneFacts(), at.then("when", "noneFacts"));
            List<String> anyIndicators = rule.when().anyIndicators();
            for (int j = 0; j < anyIndicators.size(); j++) {
                Indicator indicator = pack.indicators().get(anyIndicators.get(j));
                if (indicator == null) {
                    problem(at.then("when", "anyIndicators", j), "no indicator has the id '" + anyIndicators.get(j) + "'");
                } else if (indicator.protective()) {
                    problem(at.then("when", "anyIndicators", j), "'" + indicator.id()
                            + "' is a protective factor, and protective factors never raise a recommendation");
                }
            }
            for (int j = 0; j < rule.then().routes().size(); j++) {
                declared(rule.then().routes().get(j), at.then("then", "routes", j));
            }
            String due = rule.then().due();
            if (due != null && pack.timescales().find(due).isEmpty()) {
                problem(at.then("then", "due"), "'" + due + "' is not a timescale of this pack (known: rag.RED, rag.AMBER, rag.GREEN, "
                        + String.join(", ", pack.timescales().named().keySet()) + ")");
            }
        }
    }

    private void facts(List<String> facts, PackPath at) {
        for (int j = 0; j < facts.size(); j++) {
            if (!factVocabulary.contains(facts.get(j))) {
                problem(at.then(j), "'" + facts.get(j) + "' is neither a tag of the controlled vocabulary nor a fact the engine derives,"
                        + " so this condition could never be met as written");
            }
        }
    }

    private void escalationLadder() {
        for (int i = 0; i < pack.escalationLadder().size(); i++) {
            if (pack.escalationLadder().get(i).stage() != i + 1) {
                problem(PackPath.of("escalationLadder", i, "stage"), "stages are numbered 1, 2, 3... in order; expected " + (i + 1));
            }
        }
    }

    private void declared(RouteCode route, PackPath at) {
        if (route != null && pack.route(route).isEmpty()) {
            problem(at, "route " + route + " is used but not declared in $.routes");
        }
    }

    private void problem(PackPath path, String reason) {
        findings.add(new PackSchema.Finding(path, reason));
    }
}
