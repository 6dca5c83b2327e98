package io.frontdoor.triage.threshold.loading;

import io.frontdoor.kernel.code.LevelCode;
import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.time.OfficeHours;
import io.frontdoor.kernel.time.Timescale;
import io.frontdoor.triage.threshold.pack.AuthorisationPolicy;
import io.frontdoor.triage.threshold.pack.Conditions;
import io.frontdoor.triage.threshold.pack.DaTriageMeeting;
import io.frontdoor.triage.threshold.pack.Domain;
import io.frontdoor.triage.threshold.pack.EscalationStage;
import io.frontdoor.triage.threshold.pack.Indicator;
import io.frontdoor.triage.threshold.pack.Level;
import io.frontdoor.triage.threshold.pack.Outcome;
import io.frontdoor.triage.threshold.pack.Pack;
import io.frontdoor.triage.threshold.pack.Route;
import io.frontdoor.triage.threshold.pack.Rule;
import io.frontdoor.triage.threshold.pack.RuleKind;
import io.frontdoor.triage.threshold.pack.Timescales;
import tools.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a pack document that has passed the schema into the pack model. Shapes are trusted (the schema checked
 * them); values the schema cannot check (time zone names) are reported through {@link #problems()}.
 */
final class PackReader {

    private final List<PackSchema.Finding> problems = new ArrayList<>();

    List<PackSchema.Finding> problems() {
        return problems;
    }

    List<Indicator> indicators(JsonNode pack) {
        return list(pack.path("indicators"), node -> new Indicator(
                node.path("id").asString(),
                node.path("level").asInt(),
                Domain.valueOf(node.path("domain").asString()),
                node.path("subDomain").asString(),
                node.path("text").asString(),
                strings(node.path("tags")),
                node.path("protective").asBoolean(false)));
    }

    Pack pack(JsonNode pack, List<Indicator> indicators) {
        Map<String, Indicator> byId = new LinkedHashMap<>();
        indicators.forEach(indicator -> byId.putIfAbsent(indicator.id(), indicator));
        return new Pack(
                pack.path("id").asString(),
                pack.path("version").asString(),
                pack.path("name").asString(),
                pack.path("source").asString(),
                list(pack.path("levels"), this::level),
                list(pack.path("routes"), node -> new Route(route(node.path("code")), node.path("localName").asString(),
                        node.path("consentRequired").asBoolean(), text(node.path("description")))),
                byId,
                list(pack.path("rules"), this::rule),
                timescales(pack.path("timescales")),
                officeHours(pack.path("officeHours")),
                list(pack.path("escalationLadder"), node -> new EscalationStage(node.path("stage").asInt(),
                        node.path("role").asString(), timescale(node.path("limit")), timescale(node.path("highRiskLimit")))),
                daTriageMeeting(pack.path("daTriageMeeting")),
                authorisation(pack.path("authorisation")));
    }

    private Level level(JsonNode node) {
        return new Level(node.path("rank").asInt(), LevelCode.valueOf(node.path("code").asString()),
                node.path("localName").asString(), Rag.valueOf(node.path("rag").asString()),
                list(node.path("routes"), PackReader::route), node.path("consentRequired").asBoolean(false),
                text(node.path("description")));
    }

    private Rule rule(JsonNode node) {
        JsonNode when = node.path("when");
        JsonNode then = node.path("then");
        return new Rule(
                node.path("id").asString(),
                RuleKind.valueOf(node.path("kind").asString()),
                node.path("explanation").asString(),
                node.path("source").asString(),
                new Conditions(strings(when.path("anyFacts")), strings(when.path("allFacts")),
                        strings(when.path("noneFacts")), strings(when.path("anyIndicators")),
                        integer(when.path("childAgeUnderMonths")), integer(when.path("childAgeUnderYears")),
                        integer(when.path("childAgeAtLeastYears")), integer(when.path("levelAtLeast"))),
                new Outcome(integer(then.path("level")), then.has("rag") ? Rag.valueOf(then.path("rag").asString()) : null,
                        list(then.path("routes"), PackReader::route), then.path("levelRoutes").asBoolean(false),
                        list(then.path("withoutRoutes"), PackReader::route), text(then.path("due")),
                        then.has("consentRequired") ? then.path("consentRequired").asBoolean() : null,
                        text(then.path("advice"))));
    }

    private Timescales timescales(JsonNode node) {
        Map<Rag, Timescale> rag = new EnumMap<>(Rag.class);
        node.path("rag").properties().forEach(entry -> rag.put(Rag.valueOf(entry.getKey()), timescale(entry.getValue())));
        Map<String, Timescale> named = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            switch (entry.getKey()) {
                case "rag" -> { }
                case "sources" -> entry.getValue().properties().forEach(source -> sources.put(source.getKey(), source.getValue().asString()));
                default -> named.put(entry.getKey(), timescale(entry.getValue()));
            }
        }
        return new Timescales(rag, named, sources);
    }

    private OfficeHours officeHours(JsonNode node) {
        Map<DayOfWeek, OfficeHours.Window> days = new EnumMap<>(DayOfWeek.class);
        node.path("days").properties().forEach(day -> window(day.getKey(), day.getValue())
                .ifPresent(window -> days.put(DayOfWeek.valueOf(day.getKey()), window)));
        return new OfficeHours(zone(node.path("timeZone").asString()), days, route(node.path("outOfHoursRoute")),
                node.path("outOfHoursLocalName").asString(), text(node.path("source")));
    }

    private Optional<OfficeHours.Window> window(String day, JsonNode node) {
        LocalTime open = LocalTime.parse(node.path("open").asString());
        LocalTime close = LocalTime.parse(node.path("close").asString());
        if (!close.isAfter(open)) {
            problems.add(new PackSchema.Finding(PackPath.of("officeHours", "days", day, "close"),
                    "the office closes at " + close + ", not after it opens at " + open));
            return Optional.empty();
        }
        return Optional.of(new OfficeHours.Window(open, close));
    }

    private ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException unknown) {
            problems.add(new PackSchema.Finding(PackPath.of("officeHours", "timeZone"),
                    "'" + name + "' is not a time zone (use a region id such as Europe/London)"));
            return ZoneOffset.UTC;
        }
    }

    private static DaTriageMeeting daTriageMeeting(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return new DaTriageMeeting(DayOfWeek.valueOf(node.path("dayOfWeek").asString()),
                LocalTime.parse(node.path("time").asString()), node.path("localName").asString(), text(node.path("source")));
    }

    private static AuthorisationPolicy authorisation(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return AuthorisationPolicy.NONE;
        }
        return new AuthorisationPolicy(node.path("overrideDownwards").asBoolean(false),
                node.path("noFurtherActionOnPoliceDomesticAbuse").asBoolean(false), list(node.path("routes"), PackReader::route));
    }

    static Timescale timescale(JsonNode node) {
        if (node.isMissingNode() || node.isNull() || node.isEmpty()) {
            return null;
        }
        Map.Entry<String, JsonNode> only = node.properties().iterator().next();
        return Timescale.of(only.getValue().asInt(), Timescale.Unit.ofKey(only.getKey())
                .orElseThrow(() -> new IllegalArgumentException("unknown timescale unit " + only.getKey())));
    }

    private static RouteCode route(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : RouteCode.valueOf(node.asString());
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        array.values().forEach(node -> items.add(item.apply(node)));
        return items;
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asString);
    }

    private static Integer integer(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asInt();
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }
}
