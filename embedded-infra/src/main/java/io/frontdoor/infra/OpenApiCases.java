package io.frontdoor.infra;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad requests generated from a service's own OpenAPI description ({@code /v3/api-docs}): for every operation that takes
 * a JSON body or parameters, malformed JSON, a body of the wrong shape, each required field missing, each field of the
 * wrong type, unknown codes, text one character over its {@code maxLength}, impossible and wrongly formatted dates, a
 * field the request does not define, a stale {@code expectedVersion}; each parameter of the wrong type or missing.
 * Each case says which field its answer must name. What the description does not say cannot be generated: the
 * description must be true (required fields, codes and limits declared on the request records).
 */
public final class OpenApiCases {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String[] BAD_DATES = {"2026-02-30", "01/03/2022"};
    static final String[] BAD_INSTANTS = {"2026-02-30T10:00:00Z", "01/03/2022"};
    static final int MAX_DEPTH = 6;

    /** An operation of the description: {@code POST /api/triages/{contactId}/allocation}. */
    public record Operation(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * One bad request: sent to {@code path} (parameters filled in, with its query), with {@code body} (null for none);
     * the answer must be {@code expectedStatus}, an RFC 9457 problem whose {@code errors} name {@code field}.
     */
    public record Case(Operation operation, String kind, String field, String path, String body, int expectedStatus) {
        @Override
        public String toString() {
            return operation + " — " + kind + (field == null ? "" : " (" + field + ")");
        }
    }

    private final JsonNode api;
    private final Map<String, String> values;

    /**
     * @param apiDocs the service's {@code /v3/api-docs}
     * @param values  values for parameters and body fields by name (real record ids, so a case reaches the record's
     *                own checks rather than stopping at "no such record"); anything not named gets a sample value
     */
    public OpenApiCases(String apiDocs, Map<String, String> values) {
        this.api = JSON.readTree(apiDocs);
        this.values = Map.copyOf(values);
    }

    /** The operations that take a body or parameters. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (takesInput(op.getValue())) {
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey()));
            }
        }));
        return operations;
    }

    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (takesInput(op.getValue())) {
                cases.addAll(cases(new Operation(op.getKey().toUpperCase(), path.getKey()), op.getValue()));
            }
        }));
        return cases;
    }

    private static boolean takesInput(JsonNode operation) {
        return jsonBody(operation) != null || (operation.has("parameters") && !operation.get("parameters").isEmpty());
    }

    private List<Case> cases(Operation operation, JsonNode spec) {
        List<Case> cases = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        if (spec.has("parameters")) {
            spec.get("parameters").forEach(p -> parameters.add(p.has("$ref") ? resolve(p) : p));
        }
        JsonNode bodySchema = jsonBody(spec);
        String body = bodySchema == null ? null : JSON.writeValueAsString(sample(bodySchema, 0, null));
        Map<String, String> query = new LinkedHashMap<>();
        // a numeric path parameter gets a number, so a case about another parameter fails on that one alone
        Map<String, String> numericPath = new LinkedHashMap<>();
        for (JsonNode p : parameters) {
            if ("query".equals(p.path("in").asString()) && p.path("required").asBoolean(false)) {
                query.put(p.get("name").asString(), parameterSample(p));
            }
            JsonNode schema = p.has("schema") ? resolve(p.get("schema")) : NODES.objectNode();
            if ("path".equals(p.path("in").asString()) && (isType(schema, "integer") || isType(schema, "number"))) {
                numericPath.put(p.get("name").asString(), parameterSample(p));
            }
        }
        for (JsonNode p : parameters) {
            String name = p.get("name").asString();
            String in = p.path("in").asString();
            if (!"query".equals(in) && !"path".equals(in)) {
                continue;
            }
            for (Map.Entry<String, String> bad : badParameterValues(resolve(p.get("schema"))).entrySet()) {
                if ("path".equals(in)) {
                    Map<String, String> withBad = new LinkedHashMap<>(numericPath);
                    withBad.put(name, bad.getValue());
                    cases.add(new Case(operation, bad.getKey(), name, url(operation.path(), withBad, query), body, 400));
                } else {
                    Map<String, String> withBad = new LinkedHashMap<>(query);
                    withBad.put(name, bad.getValue());
                    cases.add(new Case(operation, bad.getKey(), name, url(operation.path(), numericPath, withBad), body, 400));
                }
            }
            if ("query".equals(in) && p.path("required").asBoolean(false)) {
                Map<String, String> without = new LinkedHashMap<>(query);
                without.remove(name);
                cases.add(new Case(operation, "required parameter missing", name, url(operation.path(), numericPath, without), body, 400));
            }
        }
        if (bodySchema != null) {
            String url = url(operation.path(), numericPath, query);
            cases.add(new Case(operation, "malformed JSON", "$", url, "{,}", 400));
            cases.add(new Case(operation, "a list where an object belongs", "$", url, "[]", 400));
            JsonNode base = JSON.readTree(body);
            if (base.isObject()) {
                ObjectNode unknown = ((ObjectNode) base.deepCopy()).put("unexpectedField", true);
                cases.add(new Case(operation, "unknown field", "unexpectedField", url, JSON.writeValueAsString(unknown), 400));
                if (resolve(bodySchema).path("properties").has("expectedVersion")) {
                    ObjectNode stale = ((ObjectNode) base.deepCopy()).put("expectedVersion", 0);
                    cases.add(new Case(operation, "stale version", "expectedVersion", url, JSON.writeValueAsString(stale), 409));
                }
                fieldCases(operation, url, base, resolve(bodySchema), new ArrayList<>(), cases, 0);
            }
        }
        return cases;
    }

    /** Each property of the object at {@code at}: missing when required, wrong type, unknown code, too long, bad dates. */
    private void fieldCases(Operation operation, String url, JsonNode base, JsonNode schema, List<Object> at, List<Case> cases, int depth) {
        if (depth > MAX_DEPTH || !schema.has("properties")) {
            return;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
            List<Object> path = new ArrayList<>(at);
            path.add(property.getKey());
            JsonNode field = resolve(property.getValue());
            String name = display(path);
            if (required.contains(property.getKey())) {
                cases.add(new Case(operation, "required field missing", name, url, mutated(base, path, null), 400));
            }
            cases.add(new Case(operation, "wrong type", name, url, mutated(base, path, wrongType(field)), 400));
            valueCases(operation, url, base, field, path, cases);
            if (isType(field, "object")) {
                fieldCases(operation, url, base, field, path, cases, depth + 1);
            }
            if (isType(field, "array") && field.has("items")) {
                List<Object> first = new ArrayList<>(path);
                first.add(0);
                JsonNode items = resolve(field.get("items"));
                valueCases(operation, url, base, items, first, cases);
                if (isType(items, "object")) {
                    fieldCases(operation, url, base, items, first, cases, depth + 1);
                }
            }
        }
    }

    private void valueCases(Operation operation, String url, JsonNode base, JsonNode field, List<Object> path, List<Case> cases) {
        String name = display(path);
        if (field.has("enum")) {
            cases.add(new Case(operation, "unknown code", name, url, mutated(base, path, NODES.stringNode("NOT_A_CODE")), 400));
        }
        if (field.has("maxLength")) {
            String tooLong = "x".repeat(field.get("maxLength").asInt() + 1);
            cases.add(new Case(operation, "over-long text", name, url, mutated(base, path, NODES.stringNode(tooLong)), 400));
        }
        String[] badDates = "date".equals(field.path("format").asString()) ? BAD_DATES
                : "date-time".equals(field.path("format").asString()) ? BAD_INSTANTS : new String[0];
        for (String bad : badDates) {
            cases.add(new Case(operation, "bad date " + bad, name, url, mutated(base, path, NODES.stringNode(bad)), 400));
        }
    }

    private Map<String, String> badParameterValues(JsonNode schema) {
        Map<String, String> bad = new LinkedHashMap<>();
        JsonNode items = isType(schema, "array") && schema.has("items") ? resolve(schema.get("items")) : schema;
        if (items.has("enum")) {
            bad.put("unknown code", "NOT_A_CODE");
        }
        if (isType(items, "integer") || isType(items, "number")) {
            bad.put("not a number", "abc");
        }
        if (isType(items, "boolean")) {
            bad.put("not true or false", "maybe");
        }
        String format = items.path("format").asString();
        if ("date".equals(format) || "date-time".equals(format)) {
            String[] dates = "date".equals(format) ? BAD_DATES : BAD_INSTANTS;
            for (String date : dates) {
                bad.put("bad date " + date, date);
            }
        }
        return bad;
    }

    private JsonNode wrongType(JsonNode field) {
        if (isType(field, "integer") || isType(field, "number")) {
            return NODES.stringNode("not-a-number");
        }
        if (isType(field, "boolean")) {
            return NODES.stringNode("not-true-or-false");
        }
        if (isType(field, "array")) {
            return NODES.stringNode("not-a-list");
        }
        if (isType(field, "object")) {
            return NODES.numberNode(42);
        }
        return NODES.objectNode().put("not", "a string");
    }

    /** A plausible value for every property, so each case differs from it in one field only. */
    private JsonNode sample(JsonNode schema, int depth, String name) {
        JsonNode s = resolve(schema);
        if (name != null && values.containsKey(name) && !isType(s, "object") && !isType(s, "array")) {
            String value = values.get(name);
            return isType(s, "integer") || isType(s, "number") ? NODES.numberNode(Long.parseLong(value)) : NODES.stringNode(value);
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        if (isType(s, "object") || s.has("properties")) {
            ObjectNode object = NODES.objectNode();
            if (depth < MAX_DEPTH) {
                s.path("properties").properties().forEach(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1, p.getKey())));
            }
            return object;
        }
        if (isType(s, "array")) {
            ArrayNode array = NODES.arrayNode();
            if (s.has("items") && depth < MAX_DEPTH) {
                array.add(sample(s.get("items"), depth + 1, null));
            }
            return array;
        }
        if (isType(s, "integer") || isType(s, "number")) {
            return NODES.numberNode(s.has("minimum") ? s.get("minimum").asLong() : 1);
        }
        if (isType(s, "boolean")) {
            return NODES.booleanNode(true);
        }
        return switch (s.path("format").asString()) {
            case "date" -> NODES.stringNode("2020-03-01");
            case "date-time" -> NODES.stringNode("2020-03-01T10:15:00Z");
            default -> NODES.stringNode("synthetic");
        };
    }

    private String parameterSample(JsonNode parameter) {
        String name = parameter.get("name").asString();
        return values.containsKey(name) ? values.get(name) : sample(parameter.get("schema"), 0, null).asString();
    }

    /** The base body with the value at {@code path} replaced ({@code value} null: removed). */
    private static String mutated(JsonNode base, List<Object> path, JsonNode value) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            if (parent == null) {
                return JSON.writeValueAsString(copy);
            }
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index && parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove(index.intValue());
            } else {
                array.set(index, value);
            }
        } else if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        }
        return JSON.writeValueAsString(copy);
    }

    /** {@code children[0].dateOfBirth}: the path as the services' problems name fields. */
    static String display(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(step);
            }
        }
        return text.toString();
    }

    private String url(String template, Map<String, String> overrides, Map<String, String> query) {
        String url = template;
        int open;
        while ((open = url.indexOf('{')) >= 0) {
            int close = url.indexOf('}', open);
            String name = url.substring(open + 1, close);
            String value = overrides.getOrDefault(name, values.getOrDefault(name, UUID.randomUUID().toString()));
            url = url.substring(0, open) + value + url.substring(close + 1);
        }
        if (!query.isEmpty()) {
            url += query.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(),
                    java.nio.charset.StandardCharsets.UTF_8)).collect(Collectors.joining("&", "?", ""));
        }
        return url;
    }

    private static JsonNode jsonBody(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        for (Iterator<String> types = content.propertyNames().iterator(); types.hasNext(); ) {
            String type = types.next();
            if (type.contains("json")) {
                return content.get(type).get("schema");
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema == null) {
            return NODES.objectNode();
        }
        if (schema.has("$ref")) {
            String[] ref = schema.get("$ref").asString().replace("#/", "").split("/");
            JsonNode target = api;
            for (String step : ref) {
                target = target.path(step);
            }
            return resolve(target);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    /** OpenAPI 3.0 says {@code "type": "string"}, 3.1 may say {@code "type": ["string", "null"]}. */
    private static boolean isType(JsonNode schema, String type) {
        JsonNode declared = schema.path("type");
        if (declared.isArray()) {
            for (JsonNode t : declared) {
                if (type.equals(t.asString())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(declared.asString()) || ("object".equals(type) && declared.isMissingNode() && schema.has("properties"));
    }
}
