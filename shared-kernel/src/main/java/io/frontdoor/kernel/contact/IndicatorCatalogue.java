package io.frontdoor.kernel.contact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The indicator ids each threshold pack defines, read from the classpath (or another place): {@code packs/packs.txt} lists the pack ids
 * (one a line, {@code #} comments), and each {@code packs/{id}.yaml} gives its {@code id} and {@code indicators[].id}.
 * A referrer may tick only indicators of the pack the contact names. Missing or broken packs fail loudly at start-up.
 */
public final class IndicatorCatalogue {

    public static final String PACK_LIST = "packs/packs.txt";

    private final Map<String, Set<String>> indicatorsByPack;

    private IndicatorCatalogue(Map<String, Set<String>> indicatorsByPack) {
        this.indicatorsByPack = Map.copyOf(indicatorsByPack);
    }

    public static IndicatorCatalogue of(Map<String, Set<String>> indicatorsByPack) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        indicatorsByPack.forEach((pack, ids) -> copy.put(pack, Set.copyOf(ids)));
        return new IndicatorCatalogue(copy);
    }

    /** The shipped packs: {@code packs/packs.txt} and {@code packs/{id}.yaml}. */
    public static IndicatorCatalogue fromClasspath() {
        return fromClasspath("packs");
    }

    /** @param directory the classpath folder holding {@code packs.txt} and the {@code {id}.yaml} files */
    public static IndicatorCatalogue fromClasspath(String directory) {
        ClassLoader classLoader = IndicatorCatalogue.class.getClassLoader();
        return from(directory + "/", file -> classLoader.getResourceAsStream(directory + "/" + file));
    }

    /** Where pack files come from: opens {@code packs.txt} or {@code {id}.yaml}, or answers null when there is no such file. */
    @FunctionalInterface
    public interface PackFiles {
        InputStream open(String fileName) throws IOException;
    }

    /** @param location where the files are, for messages only */
    public static IndicatorCatalogue from(String location, PackFiles files) {
        Map<String, Set<String>> packs = new LinkedHashMap<>();
        for (String line : read(files, location, "packs.txt").split("\\R")) {
            String packId = line.strip();
            if (packId.isEmpty() || packId.startsWith("#")) {
                continue;
            }
            packs.put(packId, indicatorIds(packId, read(files, location, packId + ".yaml")));
        }
        if (packs.isEmpty()) {
            throw new IllegalStateException(location + "packs.txt lists no pack: contacts could not name any indicator");
        }
        return new IndicatorCatalogue(packs);
    }

    private static Set<String> indicatorIds(String packId, String yaml) {
        Map<?, ?> pack;
        try {
            pack = new Load(LoadSettings.builder().build()).loadFromString(yaml) instanceof Map<?, ?> map ? map : Map.of();
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException("pack " + packId + " is not readable YAML: " + unreadable.getMessage(), unreadable);
        }
        if (!packId.equals(text(pack.get("id")))) {
            throw new IllegalStateException("pack file " + packId + ".yaml has id '" + text(pack.get("id")) + "', not '" + packId + "'");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Object indicator : pack.get("indicators") instanceof List<?> list ? list : List.of()) {
            String id = indicator instanceof Map<?, ?> fields ? text(fields.get("id")) : "";
            if (id.isBlank() || !ids.add(id)) {
                throw new IllegalStateException("pack " + packId + " has a blank or repeated indicator id '" + id + "'");
            }
        }
        return ids;
    }

    /** A scalar as the pack wrote it; nothing (or a list, or a map) reads as blank. */
    private static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? "" : value.toString();
    }

    private static String read(PackFiles files, String location, String fileName) {
        try (InputStream in = files.open(fileName)) {
            if (in == null) {
                throw new IllegalStateException(location + fileName + " is missing: the threshold packs must ship with the service");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location + fileName, e);
        }
    }

    public Set<String> packIds() {
        return indicatorsByPack.keySet();
    }

    public boolean hasPack(String packId) {
        return indicatorsByPack.containsKey(packId);
    }

    public boolean defines(String packId, String indicatorId) {
        return indicatorsByPack.getOrDefault(packId, Set.of()).contains(indicatorId);
    }

    public int size(String packId) {
        return indicatorsByPack.getOrDefault(packId, Set.of()).size();
    }
}
