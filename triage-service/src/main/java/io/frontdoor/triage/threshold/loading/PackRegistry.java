package io.frontdoor.triage.threshold.loading;

import io.frontdoor.triage.threshold.pack.Pack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The packs this service offers: every id listed in {@code packs/packs.txt} (one a line, {@code #} comments),
 * each loaded from {@code packs/{id}.yaml} and checked at construction. One bad pack stops start-up: the constructor throws a
 * {@link PackInvalidException} listing the problems of every bad pack.
 */
public final class PackRegistry {

    public static final String LIST = PackLoader.PACK_FOLDER + "packs.txt";

    private final Map<String, Pack> packs;
    private final List<Pack> all;

    public PackRegistry(PackLoader loader) {
        this(loader, LIST);
    }

    public PackRegistry(PackLoader loader, String listResource) {
        Map<String, Pack> loaded = new LinkedHashMap<>();
        List<PackProblem> problems = new ArrayList<>();
        List<String> ids = listedIds(listResource);
        String folder = listResource.substring(0, listResource.lastIndexOf('/') + 1);
        if (ids.isEmpty()) {
            problems.add(new PackProblem(listResource, "$", null, "lists no pack"));
        }
        for (String id : ids) {
            try {
                if (loaded.putIfAbsent(id, loader.load(folder, id)) != null) {
                    problems.add(new PackProblem(listResource, "$", null, "lists '" + id + "' twice"));
                }
            } catch (PackInvalidException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new PackInvalidException(problems);
        }
        this.packs = Map.copyOf(loaded);
        this.all = List.copyOf(loaded.values());
    }

    private PackRegistry(Collection<Pack> packs) {
        Map<String, Pack> byId = new LinkedHashMap<>();
        packs.forEach(pack -> byId.put(pack.id(), pack));
        this.packs = Map.copyOf(byId);
        this.all = List.copyOf(byId.values());
    }

    /** A registry of packs already in hand (tests, tools). */
    public static PackRegistry of(Pack... packs) {
        return new PackRegistry(List.of(packs));
    }

    public Optional<Pack> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(packs.get(id));
    }

    /** Every pack, in the order of the list. */
    public List<Pack> all() {
        return all;
    }

    private static List<String> listedIds(String listResource) {
        try (InputStream in = PackRegistry.class.getClassLoader().getResourceAsStream(listResource)) {
            if (in == null) {
                throw PackInvalidException.of(listResource, "$", "no such file on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
