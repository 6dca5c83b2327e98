package io.frontdoor.triage.threshold.pack;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.time.Timescale;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A pack's timescales: the decision time for each RAG, the named ones ({@code lado}, {@code feedbackNotAccepted},
 * {@code assessment}...) and where each comes from. A rule's {@code due} names one of them; {@code rag.RED} (etc.)
 * names a RAG timescale.
 */
public record Timescales(Map<Rag, Timescale> rag, Map<String, Timescale> named, Map<String, String> sources) {

    public static final String RAG_PREFIX = "rag.";

    public Timescales {
        rag = Collections.unmodifiableMap(new EnumMap<>(rag));
        named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    public Timescale forRag(Rag urgency) {
        return rag.get(urgency);
    }

    public Optional<Timescale> find(String name) {
        if (name != null && name.startsWith(RAG_PREFIX)) {
            try {
                return Optional.ofNullable(rag.get(Rag.valueOf(name.substring(RAG_PREFIX.length()))));
            } catch (IllegalArgumentException notARag) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(named.get(name));
    }

    /** The same shape as in the pack file. */
    public Map<String, Object> asPackValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("rag", rag);
        value.putAll(named);
        if (!sources.isEmpty()) {
            value.put("sources", sources);
        }
        return value;
    }
}
