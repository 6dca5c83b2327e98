package io.frontdoor.platform.messaging;

import io.frontdoor.kernel.time.Timescale;
import java.util.Map;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdDelegatingSerializer;
import tools.jackson.databind.util.StdConverter;

/**
 * How the kernel's types, which carry no framework annotations, are written as JSON: a timescale in the pack's own
 * shape, {@code {"workingHours": 4}}. Registered on the topics' mapper and, as a bean, on every service's web mapper.
 */
public final class KernelTypesJson {

    public static final JacksonModule MODULE = new SimpleModule("frontdoor-kernel-types")
            .addSerializer(Timescale.class, new StdDelegatingSerializer(new StdConverter<Timescale, Map<String, Integer>>() {
                @Override
                public Map<String, Integer> convert(Timescale timescale) {
                    return timescale.asPackValue();
                }
            }));

    private KernelTypesJson() {
    }
}
