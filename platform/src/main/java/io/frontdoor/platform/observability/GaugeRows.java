package io.frontdoor.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One gauge name with a row per tag set (per topic, per processor…), each set to the value of the last refresh. A row
 * not seen in a refresh reads 0 rather than vanishing, so an alert on it resolves instead of going stale.
 */
public final class GaugeRows {

    private final String name;
    private final String description;
    private final String unit;
    private final MeterRegistry registry;
    private final Map<Tags, AtomicLong> rows = new ConcurrentHashMap<>();

    public GaugeRows(String name, String unit, String description, MeterRegistry registry) {
        this.name = name;
        this.unit = unit;
        this.description = description;
        this.registry = registry;
    }

    /** Sets every row to {@code values}' figure, and the rows it does not name to 0. */
    public void set(Map<Tags, Long> values) {
        rows.forEach((tags, value) -> {
            if (!values.containsKey(tags)) {
                value.set(0);
            }
        });
        values.forEach((tags, value) -> rows.computeIfAbsent(tags, this::register).set(value));
    }

    private AtomicLong register(Tags tags) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(name, value, AtomicLong::get).tags(tags).baseUnit(unit).description(description).register(registry);
        return value;
    }
}
