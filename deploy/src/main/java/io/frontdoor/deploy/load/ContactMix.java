package io.frontdoor.deploy.load;

import io.frontdoor.kernel.contact.ContactIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A realistic, obviously fictional stream of contacts. Sources follow the DfE's referral figures for England (police
 * 28%, schools 21%, health 15%, local-authority services 10%, the rest individuals, housing, voluntary sector, other
 * authorities, probation and anonymous); indicators are drawn from each partnership pack; a police contact is a domestic
 * abuse notification half the time, at every DASH risk; a contact names one child, or two, three or four siblings. Agencies
 * with a partner system send as that system, on the partner feed (Kafka) for the share asked for, else over REST; the
 * others are recorded over REST by a front-door practitioner. Names are "Loadtest…", NHS numbers in the 999 test range.
 */
public final class ContactMix {

    /** One generated contact: sent over REST (a ContactSubmission) or on the partner feed (one of its message types). */
    public record Contact(String reference, String system, boolean kafka, String partnerType, String json, String expectedContactId) {
    }

    record Source(String agencyType, String agencyName, String system, String partnerType, int weight) {
    }

    static final List<Source> SOURCES = List.of(
            new Source("POLICE", "Demoshire Police", "demoshire-police", "police-child-concern", 28),
            new Source("EDUCATION", "Demo Primary School", "demo-primary-school", "education-referral", 21),
            new Source("HEALTH", "Demo Street Surgery", "demo-street-surgery", "health-safeguarding", 15),
            new Source("LOCAL_AUTHORITY", "Demoshire Council Early Help (fictional)", "demo-practitioner", null, 10),
            new Source("HOUSING", "Demo Housing", "demo-housing", "multi-agency-referral", 3),
            new Source("MEMBER_OF_PUBLIC", "Member of the public", "demo-practitioner", null, 5),
            new Source("FAMILY_MEMBER", "Family member", "demo-practitioner", null, 4),
            new Source("VOLUNTARY_SECTOR", "Demo Youth Charity (fictional)", "demo-practitioner", null, 4),
            new Source("OTHER_LA", "Otherborough Council (fictional)", "demo-practitioner", null, 3),
            new Source("PROBATION", "Demo Probation Service (fictional)", "demo-practitioner", null, 2),
            new Source("ANONYMOUS", "Anonymous", "demo-practitioner", null, 5));

    static final Map<String, String> POSTCODES = Map.of("luton", "LU1 2BQ", "north-lincolnshire", "DN15 6NL",
            "nottingham-city", "NG1 1AA", "leicester-leicestershire-rutland", "LE1 6ZG");
    private static final String[] DASH_RISKS = {"STANDARD", "MEDIUM", "HIGH"};
    private static final int[] DASH_SCORES = {6, 11, 16};
    private static final Pattern INDICATOR = Pattern.compile("id: ([a-z-]+\\.l[1-4]\\.[a-z0-9.-]+)");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, List<String>> indicators;
    private final Map<String, ObjectNode> templates;
    private final double kafkaShare;
    private final String run;
    private final SplittableRandom random;
    private java.time.Duration receivedAgo = java.time.Duration.ZERO;
    private final int totalWeight = SOURCES.stream().mapToInt(Source::weight).sum();

    /**
     * @param packs where the packs are ({@code classpath:packs/} or a folder), the same as intake's
     *              {@code frontdoor.packs.location}, so every indicator drawn is one intake knows
     * @param kafkaShare of the contacts from agencies with a partner system, the share sent on the partner feed
     * @param run a label in every reference, so runs never collide
     */
    public ContactMix(String packs, double kafkaShare, String run, long seed) {
        this.indicators = readIndicators(packs);
        this.templates = readTemplates();
        this.kafkaShare = kafkaShare;
        this.run = run;
        this.random = new SplittableRandom(seed);
    }

    /** Dates every contact this long ago (received, sent, incident): its timescales, and so its deadlines, run from then. */
    public ContactMix receivedAgo(java.time.Duration ago) {
        this.receivedAgo = ago;
        return this;
    }

    public synchronized Contact next(long sequence) {
        Source source = pickSource();
        String pack = List.copyOf(POSTCODES.keySet()).get(random.nextInt(POSTCODES.size()));
        String reference = "LOAD-" + run + "-" + sequence;
        int siblings = siblings();
        int daRisk = "POLICE".equals(source.agencyType()) && random.nextBoolean() ? random.nextInt(3) : -1;
        boolean kafka = source.partnerType() != null && random.nextDouble() < kafkaShare;
        if (!kafka) {
            ObjectNode body = submission(source, pack, reference, siblings, daRisk);
            return new Contact(reference, source.system(), false, null, body.toString(), null);
        }
        String type = daRisk >= 0 ? "police-domestic-abuse" : source.partnerType();
        ObjectNode message = partnerMessage(type, source, pack, reference, siblings, daRisk);
        return new Contact(reference, source.system(), true, type, message.toString(),
                ContactIds.forPartnerFeed(source.system(), reference));
    }

    private Source pickSource() {
        int pick = random.nextInt(totalWeight);
        for (Source source : SOURCES) {
            pick -= source.weight();
            if (pick < 0) {
                return source;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** 60% one child, 25% two siblings, 10% three, 5% four. */
    private int siblings() {
        int p = random.nextInt(100);
        return p < 60 ? 1 : p < 85 ? 2 : p < 95 ? 3 : 4;
    }

    private ObjectNode submission(Source source, String pack, String reference, int siblings, int daRisk) {
        ObjectNode body = templates.get("multi-agency-referral").deepCopy();
        body.put("packId", pack).put("externalReference", reference)
                .put("channel", source.system().equals("demo-practitioner") ? "PHONE" : "PARTNER_API")
                .put("receivedAt", now().toString());
        ObjectNode referrer = (ObjectNode) body.get("referrer");
        referrer.put("agencyType", source.agencyType()).put("agencyName", source.agencyName());
        body.set("children", children((ObjectNode) body.get("children").get(0), pack, siblings, reference));
        ObjectNode concerns = (ObjectNode) body.get("concerns");
        concerns.set("indicatorIds", indicatorIds(pack));
        concerns.put("narrative", "Synthetic load-test contact " + reference + ": fictional concern.");
        if (daRisk >= 0) {
            body.putObject("domesticAbuse").put("dashRisk", DASH_RISKS[daRisk]).put("childrenPresent", random.nextBoolean())
                    .put("incidentAt", now().minus(6, ChronoUnit.HOURS).toString());
        }
        return body;
    }

    private ObjectNode partnerMessage(String type, Source source, String pack, String reference, int siblings, int daRisk) {
        ObjectNode message = templates.get(type).deepCopy();
        message.put("packId", pack);
        switch (type) {
            case "police-domestic-abuse" -> {
                message.put("forceReference", reference).put("dashRisk", DASH_RISKS[daRisk]).put("dashScore", DASH_SCORES[daRisk]);
                ((ObjectNode) message.get("incident")).put("childrenPresent", random.nextBoolean())
                        .put("occurredAt", now().minus(6, ChronoUnit.HOURS).toString());
                message.set("childrenInHousehold", children((ObjectNode) message.get("childrenInHousehold").get(0), pack, siblings, reference));
            }
            case "police-child-concern" -> message.put("forceReference", reference);
            case "health-safeguarding" -> message.put("referralReference", reference);
            case "education-referral" -> message.put("schoolReference", reference);
            case "multi-agency-referral" -> {
                message.put("externalReference", reference).put("receivedAt", now().toString());
                ((ObjectNode) message.get("referrer")).put("agencyType", source.agencyType());
            }
            default -> throw new IllegalArgumentException(type);
        }
        if (message.has("sentAt")) {
            message.put("sentAt", now().toString());
        }
        if (message.has("children")) {
            message.set("children", children((ObjectNode) message.get("children").get(0), pack, siblings, reference));
        }
        ArrayNode ids = indicatorIds(pack);
        if (message.has("concerns")) {
            ((ObjectNode) message.get("concerns")).set("indicatorIds", ids);
        } else {
            message.set("indicatorIds", ids);
        }
        return message;
    }

    /** Siblings at one fictional address, each with its own test-range NHS number where the template has one. */
    private ArrayNode children(ObjectNode template, String pack, int count, String reference) {
        ArrayNode children = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode child = template.deepCopy();
            child.put("givenName", "Loadtestchild" + (char) ('A' + i)).put("familyName", "Example" + Math.floorMod(reference.hashCode(), 1000));
            child.put("dateOfBirth", LocalDate.of(2010, 1, 1).plusDays(random.nextInt(15 * 365)).toString());
            if (child.has("nhsNumber")) {
                child.put("nhsNumber", testNhsNumber());
            }
            if (child.has("address")) {
                ((ObjectNode) child.get("address")).put("postcode", POSTCODES.get(pack));
            }
            children.add(child);
        }
        return children;
    }

    private ArrayNode indicatorIds(String pack) {
        List<String> ofPack = indicators.get(pack);
        ArrayNode ids = JSON.createArrayNode();
        int count = 1 + random.nextInt(Math.min(3, ofPack.size()));
        for (int i = 0; i < count; i++) {
            String id = ofPack.get(random.nextInt(ofPack.size()));
            if (!ids.toString().contains("\"" + id + "\"")) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** 999 000 0000 to 999 999 9999 are test numbers; the check digit is valid (modulus 11, 10 skipped). */
    private String testNhsNumber() {
        while (true) {
            String digits = "999" + String.format("%06d", random.nextInt(1_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits + check;
            }
        }
    }

    private Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1).minus(receivedAgo);
    }

    static Map<String, List<String>> readIndicators(String location) {
        Map<String, List<String>> byPack = new LinkedHashMap<>();
        for (String pack : POSTCODES.keySet()) {
            String yaml = read(location, pack + ".yaml");
            List<String> ids = new ArrayList<>();
            Matcher matcher = INDICATOR.matcher(yaml);
            while (matcher.find()) {
                if (matcher.group(1).startsWith(pack + ".")) {
                    ids.add(matcher.group(1));
                }
            }
            if (ids.isEmpty()) {
                throw new IllegalStateException("no indicators in " + location + pack + ".yaml");
            }
            byPack.put(pack, ids);
        }
        return byPack;
    }

    private static String read(String location, String file) {
        try {
            if (location.startsWith("classpath:")) {
                String path = "/" + location.substring("classpath:".length()).replaceAll("^/+", "") + file;
                try (InputStream in = ContactMix.class.getResourceAsStream(path.replace("//", "/"))) {
                    if (in == null) {
                        throw new IllegalStateException("no " + path + " on the classpath");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path folder = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            return Files.readString(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped partner-feed examples (classpath {@code /load/}) are the templates: each message type as documented. */
    private static Map<String, ObjectNode> readTemplates() {
        Map<String, ObjectNode> templates = new LinkedHashMap<>();
        for (String type : List.of("police-domestic-abuse", "police-child-concern", "health-safeguarding", "education-referral",
                "multi-agency-referral")) {
            JsonNode node = JSON.readTree(read("classpath:load/", type + ".json"));
            templates.put(type, (ObjectNode) node);
        }
        return templates;
    }
}
