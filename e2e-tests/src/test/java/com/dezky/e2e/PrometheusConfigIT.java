package com.dezky.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** deploy/prometheus: the scrape configuration, the alert rules and their unit tests, by promtool. */
class PrometheusConfigIT {

    static final Path PROMETHEUS = Path.of(System.getProperty("dezky.root", "..")).resolve("deploy/prometheus");

    @Test
    void scrapeConfigurationsAreValid() throws Exception {
        for (String config : new String[] {"prometheus.yml", "compose.yml"}) {
            Promtool.Result result = Promtool.run(PROMETHEUS, null, "check", "config", config);
            assertThat(result.exitCode()).as(config + ": " + result.output()).isZero();
        }
    }

    @Test
    void alertRulesAreValid() throws Exception {
        Promtool.Result result = Promtool.run(PROMETHEUS, null, "check", "rules", "alerts.yml");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 8 rules found");
    }

    @Test
    void everyAlertPassesItsUnitTest() throws Exception {
        Promtool.Result result = Promtool.run(PROMETHEUS, null, "test", "rules", "alerts.test.yml");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }
}
