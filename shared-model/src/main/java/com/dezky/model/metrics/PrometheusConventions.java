package com.dezky.model.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Set;

/**
 * Makes every service's {@code /actuator/prometheus} pass {@code promtool check metrics}:
 * <ul>
 * <li>a meter without a description gets one (Prometheus wants HELP text for every family);</li>
 * <li>names and tag keys are snake_case (Spring Security names its filter-chain meters after filter
 * classes; Spring Cloud Gateway tags its route meter {@code routeId}, {@code httpStatusCode});</li>
 * <li>a gauge named {@code *.count} becomes {@code *.current} ({@code _count} is a histogram
 * suffix), and {@code system.cpu.count} becomes {@code system.cpu.cores};</li>
 * <li>the two JVM meters whose names carry abbreviated units ({@code jvm_compilation_time_ms},
 * {@code process_cpu_time_ns}) are left out; {@code process_cpu_usage} covers the latter.</li>
 * </ul>
 */
public final class PrometheusConventions implements MeterFilter {

    private static final Set<String> ABBREVIATED_UNITS = Set.of("jvm.compilation.time", "process.cpu.time");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return ABBREVIATED_UNITS.contains(id.getName()) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = snakeCase(id.getName());
        if (name.equals("system.cpu.count")) {
            name = "system.cpu.cores";
        } else if (id.getType() == Meter.Type.GAUGE && name.endsWith(".count")) {
            name = name.substring(0, name.length() - ".count".length()) + ".current";
        }
        String description = id.getDescription() != null && !id.getDescription().isBlank() ? id.getDescription()
                : describe(name);
        Tags tags = Tags.of(id.getTags().stream().map(tag -> Tag.of(snakeCase(tag.getKey()), tag.getValue())).toList());
        if (name.equals(id.getName()) && description.equals(id.getDescription()) && tags.equals(Tags.of(id.getTags()))) {
            return id;
        }
        return new Meter.Id(name, tags, id.getBaseUnit(), description, id.getType());
    }

    /** "filterchains.CsrfHeaderFilter.before" becomes "filterchains.csrf_header_filter.before". */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** "http.server.requests" becomes "Http server requests". */
    static String describe(String name) {
        String words = name.replace('.', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
