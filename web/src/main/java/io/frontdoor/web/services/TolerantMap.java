package io.frontdoor.web.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's JSON object as the pages read it: a field the service left out reads as null rather than failing the
 * page (templates read {@code contact.referrer.phone} whether or not the service sent it), so a page keeps working
 * while a service adds fields.
 */
public final class TolerantMap extends LinkedHashMap<String, Object> {

    private TolerantMap(Map<String, Object> fields) {
        fields.forEach((key, value) -> put(key, tolerant(value)));
    }

    /** Every field is readable; an absent one is null. */
    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @SuppressWarnings("unchecked")
    public static Object tolerant(Object value) {
        if (value instanceof Map<?, ?> map && !(value instanceof TolerantMap)) {
            return new TolerantMap((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TolerantMap::tolerant).toList();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Map<String, Object> map) {
        return map == null ? null : (Map<String, Object>) tolerant(map);
    }
}
